/** Recording audit events, reading the trail, and verifying its chain. */
package org.veedor.audit.application;
