package org.veedor.history.domain;

/**
 * Something the import has to say about one source row: it was rejected (nothing of it imported),
 * or taken with a warning (a value left out).
 */
public record Finding(Severity severity, String fileRole, int line, String key, String reason) {

  /** How much of the row was taken. */
  public enum Severity {
    REJECTED,
    WARNING
  }

  public static Finding rejected(String fileRole, int line, String key, String reason) {
    return new Finding(Severity.REJECTED, fileRole, line, key, reason);
  }

  public static Finding warning(String fileRole, int line, String key, String reason) {
    return new Finding(Severity.WARNING, fileRole, line, key, reason);
  }
}
