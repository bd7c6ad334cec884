package org.veedor.intake.domain;

/** The finding on one allegation. */
public enum Disposition {
  SUSTAINED,
  NOT_SUSTAINED,
  EXONERATED,
  UNFOUNDED
}
