/**
 * Veedor's meters for operators: complaints registered, tasks past their due date, evidence whose
 * text could not be extracted, how long a reindex and a quarterly report take, the public's
 * requests refused by a rate limit. They go to the server's micrometer subsystem, which serves them
 * with the server's own (datasource, Undertow) at {@code /metrics} on the management interface.
 */
package org.veedor.platform.metrics;
