/**
 * What every context stands on: schema migration, the clock, configuration, the demonstration
 * world. Camunda's engine bootstrap will live here too.
 */
package org.veedor.platform;
