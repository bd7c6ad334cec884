package org.veedor.officers.domain;

import java.util.regex.Pattern;

/**
 * An officer's badge (star, plate) number as the personnel system writes it, normalised: trimmed,
 * upper case, and without the ".0" that spreadsheets append to numbers.
 */
public record BadgeNumber(String value) {

  private static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

  public BadgeNumber {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a badge number is 1 to 20 letters, digits or '-': " + value);
    }
  }

  /** Parses a badge number as people and spreadsheets write it. */
  public static BadgeNumber parse(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("a badge number is required");
    }
    String value = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (value.matches("\\d+\\.0+")) {
      value = value.substring(0, value.indexOf('.'));
    }
    return new BadgeNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
