package org.veedor.platform;

/** Why a field of any request is refused: the reasons every context shares. */
public enum InputReason implements MessageKey {
  /** The request as a whole; its fields say what is wrong. */
  INVALID("input.refusal.invalid"),
  REQUIRED("input.refusal.required"),
  /** A yes/no that must be given. */
  REQUIRED_YES_NO("input.refusal.requiredYesNo"),
  NOT_TEXT("input.refusal.notText"),
  NOT_YES_NO("input.refusal.notYesNo"),
  NOT_WHOLE_NUMBER("input.refusal.notWholeNumber"),
  NOT_OBJECT("input.refusal.notObject"),
  NOT_DATE("input.refusal.notDate"),
  /** {0}: the largest length. */
  TOO_LONG("input.refusal.tooLong"),
  /** {0}, {1}: the smallest and the largest value. */
  BETWEEN("input.refusal.between"),
  /** {0}: the smallest value. */
  AT_LEAST("input.refusal.atLeast"),
  /** {0}: the values accepted. */
  NOT_ONE_OF("input.refusal.notOneOf"),
  /** A range whose end comes before its start (one day is a range). */
  RANGE_END_BEFORE_START("input.refusal.rangeEndBeforeStart"),
  /** {0}: the line of a CSV file. */
  CSV_UNCLOSED_QUOTE("input.refusal.csvUnclosedQuote"),
  /** {0}: the line of a CSV file. */
  CSV_TEXT_AFTER_QUOTE("input.refusal.csvTextAfterQuote"),
  /** {0}: the line of a CSV file; {1}: the longest field. */
  CSV_FIELD_TOO_LONG("input.refusal.csvFieldTooLong"),
  /** {0}: the line of a CSV file; {1}: the most fields. */
  CSV_TOO_MANY_FIELDS("input.refusal.csvTooManyFields"),
  /** A file that could not be read at all. */
  UNREADABLE_FILE("input.refusal.unreadableFile"),
  /** A query parameter the endpoint does not know; {0}: those it knows. */
  UNKNOWN_PARAMETER("input.refusal.unknownParameter"),
  /** Text holding a control character no person types (NUL and the like). */
  CONTROL_CHARACTER("input.refusal.controlCharacter");

  private final String key;

  InputReason(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
