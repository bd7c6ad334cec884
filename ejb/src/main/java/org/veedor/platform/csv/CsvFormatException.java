package org.veedor.platform.csv;

import org.veedor.platform.InputReason;

/**
 * Text that is not CSV, with the line where it went wrong: in English for reports and the log, and
 * as a message key for a person refused.
 */
public class CsvFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final InputReason reason;
  private final int limit;

  /**
   * @param reason what is wrong, as a message key whose arguments are the line and the limit
   * @param limit the limit broken, or 0
   */
  public CsvFormatException(int line, String message, InputReason reason, int limit) {
    super("line " + line + ": " + message);
    this.line = line;
    this.reason = reason;
    this.limit = limit;
  }

  public int line() {
    return line;
  }

  /** What is wrong, as a message key: its arguments are {@link #arguments()}. */
  public InputReason reason() {
    return reason;
  }

  /** The line (as text: a line number is not a quantity), and the limit broken if there is one. */
  public Object[] arguments() {
    String at = String.valueOf(line);
    return limit == 0 ? new Object[] {at} : new Object[] {at, limit};
  }
}
