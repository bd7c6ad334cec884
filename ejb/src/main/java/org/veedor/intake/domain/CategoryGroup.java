package org.veedor.intake.domain;

/** The families of the allegation taxonomy. */
public enum CategoryGroup {
  CORRUPTION,
  USE_OF_FORCE,
  RIGHTS,
  CONDUCT
}
