/**
 * Protection of personal data at rest: field-level encryption with a key that comes from the
 * server's configuration, never from the code or the repository.
 */
package org.veedor.platform.protection;
