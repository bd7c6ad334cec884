/**
 * Runs inside the server's security layer, where sign-ins happen before the application sees a
 * request: it counts failures, locks accounts with back-off, and leaves every attempt in an inbox
 * table that the application folds into its audit trail.
 */
package org.veedor.server.security;
