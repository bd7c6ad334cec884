package org.veedor.reporting.domain;

import java.time.LocalDate;
import java.util.Locale;

/** How a report groups time: by month, quarter or year of receipt, or all of it at once. */
public enum Period {
  MONTH,
  QUARTER,
  YEAR,
  ALL;

  /** The period as a number from the year and month of receipt ({@code 201507}, {@code 20153}). */
  public long key(int year, int month) {
    return switch (this) {
      case MONTH -> year * 100L + month;
      case QUARTER -> year * 10L + ((month - 1) / 3 + 1);
      case YEAR -> year;
      case ALL -> 0;
    };
  }

  /** The period as people read it: {@code 2015-07}, {@code 2015-Q3}, {@code 2015}, {@code all}. */
  public String label(long key) {
    return switch (this) {
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", key / 100, key % 100);
      case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", key / 10, key % 10);
      case YEAR -> Long.toString(key);
      case ALL -> "all";
    };
  }

  /** The first day of the period with this key. */
  public LocalDate start(long key) {
    return switch (this) {
      case MONTH -> LocalDate.of((int) (key / 100), (int) (key % 100), 1);
      case QUARTER -> LocalDate.of((int) (key / 10), (int) ((key % 10) - 1) * 3 + 1, 1);
      case YEAR -> LocalDate.of((int) key, 1, 1);
      case ALL -> LocalDate.of(1900, 1, 1);
    };
  }

  /** The first day after the period with this key. */
  public LocalDate end(long key) {
    return switch (this) {
      case MONTH -> start(key).plusMonths(1);
      case QUARTER -> start(key).plusMonths(3);
      case YEAR -> start(key).plusYears(1);
      case ALL -> LocalDate.of(9999, 1, 1);
    };
  }

  /** The period named as in a query ({@code month}, {@code quarter}, {@code year}, {@code all}). */
  public static Period parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
