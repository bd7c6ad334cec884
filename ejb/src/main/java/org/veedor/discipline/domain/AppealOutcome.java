package org.veedor.discipline.domain;

/** What the appeals body decided of an officer's appeal. */
public enum AppealOutcome {
  UPHELD,
  MODIFIED,
  REVERSED
}
