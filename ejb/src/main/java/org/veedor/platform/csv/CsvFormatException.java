package org.veedor.platform.csv;

/** Text that is not CSV, with the line where it went wrong. */
public class CsvFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  public CsvFormatException(int line, String reason) {
    super("line " + line + ": " + reason);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
