/**
 * The embedded workflow engine (Camunda 7): its start on the server's datasource and transactions,
 * the job executor on container-managed threads, CDI beans in process expressions, and the engine's
 * services for the contexts' {@code workflow} packages. The only place that builds the engine.
 */
package org.veedor.platform.workflow;
