package org.veedor.officers.domain;

import org.veedor.platform.MessageKey;

/** Why a request naming officers, units or territories is refused, as message keys. */
public enum OfficerRefusal implements MessageKey {
  NO_SUCH_UNIT("officers.refusal.noSuchUnit"),
  NO_SUCH_TERRITORY("officers.refusal.noSuchTerritory"),
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
