/**
 * What the server's health endpoints ({@code /health/ready}, {@code /health/live} on the management
 * interface) say of Veedor itself: the database answers, the data folder takes files, the
 * personal-data key is loaded. The search index and the workflow engine's job executor have their
 * checks beside them.
 */
package org.veedor.platform.health;
