package org.veedor.officers.domain;

/** Where a unit sits in the command tree, from the top. */
public enum UnitLevel {
  NATIONAL,
  REGION,
  DISTRICT,
  STATION,
  /** A specialised unit (for example the special corruption unit), under any command level. */
  SPECIAL_UNIT;

  public boolean mayBeUnder(UnitLevel parent) {
    return this == SPECIAL_UNIT ? parent != SPECIAL_UNIT : ordinal() > parent.ordinal();
  }
}
