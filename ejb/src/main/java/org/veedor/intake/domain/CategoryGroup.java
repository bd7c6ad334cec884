package org.veedor.intake.domain;

/** The families of the allegation taxonomy. */
public enum CategoryGroup {
  CORRUPTION,
  USE_OF_FORCE,
  RIGHTS,
  CONDUCT,
  /** Allegations imported with a source code that maps onto none of Veedor's categories. */
  OTHER
}
