package org.veedor.platform.health;

import java.util.Optional;

/**
 * One thing the server's health endpoints ask of Veedor: a CDI bean in the context that knows the
 * thing (the database, the data folder, the search index, the job executor), found by {@link
 * HealthProbes}.
 */
public interface Probe {

  /** The check's name on the health endpoints ({@code data-folder}). */
  String name();

  /** What is wrong, or empty when all is well. Never throws. */
  Optional<String> trouble();

  /** Whether a restart helps when it is wrong (a liveness check), besides readiness. */
  default boolean liveness() {
    return false;
  }
}
