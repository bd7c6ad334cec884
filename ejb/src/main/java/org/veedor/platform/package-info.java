/**
 * What every context stands on, and knows none of them: schema migration, the clock, configuration,
 * personal-data protection, paging, CSV, and the engine's start (in {@code workflow}).
 */
package org.veedor.platform;
