package org.veedor.history.domain;

import org.veedor.platform.MessageKey;

/** Why an import is refused: its mapping or its files do not fit, as message keys. */
public enum ImportRefusal implements MessageKey {
  /** {0}: the mappings shipped. */
  NAME_A_MAPPING("import.refusal.nameAMapping"),
  /** {0}: the name given. */
  NO_SUCH_MAPPING("import.refusal.noSuchMapping"),
  /** {0}: the run still going. */
  STILL_RUNNING("import.refusal.stillRunning"),
  /** {0}: the parser's own words. */
  NOT_JSON("import.refusal.notJson"),
  /** {0}: where in the mapping. */
  OBJECT_NEEDED("import.refusal.objectNeeded"),
  /** {0}: where in the mapping. */
  TEXT_NEEDED("import.refusal.textNeeded"),
  /** {0}: where in the mapping. */
  TEXTS_NEEDED("import.refusal.textsNeeded"),
  /** {0}: where in the mapping; {1}: the pattern. */
  MUST_MATCH("import.refusal.mustMatch"),
  /** {0}: where in the mapping; {1}: the value; {2}: the values accepted. */
  NOT_ONE_OF("import.refusal.notOneOf"),
  /** {0}: the pattern given. */
  NOT_A_DATE_PATTERN("import.refusal.notADatePattern"),
  NO_DATE_PATTERN("import.refusal.noDatePattern"),
  NO_OFFICER_IDENTITY("import.refusal.noOfficerIdentity"),
  NOT_A_REGULAR_EXPRESSION("import.refusal.notARegularExpression"),
  /** {0}: the zone given. */
  NOT_A_TIME_ZONE("import.refusal.notATimeZone"),
  /** {0}: the category codes Veedor does not have. */
  UNKNOWN_CATEGORIES("import.refusal.unknownCategories"),
  /** {0}: the file's role. */
  FILE_MISSING("import.refusal.fileMissing"),
  /** {0}: the file's role. */
  FILE_EMPTY("import.refusal.fileEmpty"),
  /** {0}: the file's role; {1}: the columns it lacks. */
  COLUMNS_MISSING("import.refusal.columnsMissing");

  private final String key;

  ImportRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
