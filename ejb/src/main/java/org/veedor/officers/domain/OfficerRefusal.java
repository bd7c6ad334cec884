package org.veedor.officers.domain;

import org.veedor.platform.MessageKey;

/** Why a request naming officers, units or territories is refused, as message keys. */
public enum OfficerRefusal implements MessageKey {
  NO_SUCH_UNIT("officers.refusal.noSuchUnit"),
  NO_SUCH_TERRITORY("officers.refusal.noSuchTerritory"),
  CODE_FORM("officers.refusal.codeForm"),
  /** {0}: the code. */
  CODE_TAKEN("officers.refusal.codeTaken"),
  NAME_REQUIRED("officers.refusal.nameRequired"),
  NO_SUCH_LEVEL("officers.refusal.noSuchLevel"),
  /** {0}: the unit's level; {1}: the parent's level. */
  LEVEL_NOT_UNDER_PARENT("officers.refusal.levelNotUnderParent"),
  TOP_EXISTS("officers.refusal.topExists"),
  TOP_IS_NATIONAL("officers.refusal.topIsNational"),
  UNIT_CLOSED("officers.refusal.unitClosed"),
  /** {0}: how many open units lie below. */
  UNIT_HAS_OPEN_SUBUNITS("officers.refusal.unitHasOpenSubunits"),
  /** {0}: how many accounts belong to it. */
  UNIT_HAS_MEMBERS("officers.refusal.unitHasMembers"),
  /** {0}: how many officers are posted to it now. */
  UNIT_HAS_OFFICERS("officers.refusal.unitHasOfficers"),
  NO_SUCH_BADGE("officers.refusal.noSuchBadge"),
  EMPTY_FILE("officers.refusal.emptyFile"),
  /** {0}: the columns missing. */
  MISSING_COLUMNS("officers.refusal.missingColumns"),
  /** {0}: the columns repeated. */
  REPEATED_COLUMNS("officers.refusal.repeatedColumns"),
  /** {0}: the columns missing; {1}: the columns repeated. */
  MISSING_AND_REPEATED_COLUMNS("officers.refusal.missingAndRepeatedColumns");

  private final String key;

  OfficerRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
