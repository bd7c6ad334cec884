package org.veedor.intake.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A complaint's public reference, {@code VE-2026-000123}: the year and a serial within it. */
public record ReferenceNumber(int year, int serial) implements Comparable<ReferenceNumber> {

  private static final Pattern FORMAT = Pattern.compile("VE-(\\d{4})-(\\d{6})");
  public static final int MAX_SERIAL = 999_999;

  public ReferenceNumber {
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (serial < 1 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("serial out of range: " + serial);
    }
  }

  public static ReferenceNumber parse(String text) {
    Matcher m =
        text == null ? null : FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("not a reference number (VE-YYYY-NNNNNN): " + text);
    }
    return new ReferenceNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public static boolean isWellFormed(String text) {
    return text != null
        && FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return String.format("VE-%04d-%06d", year, serial);
  }

  @Override
  public int compareTo(ReferenceNumber other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(serial, other.serial);
  }
}
