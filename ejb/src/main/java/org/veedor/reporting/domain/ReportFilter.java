package org.veedor.reporting.domain;

import java.time.LocalDate;
import org.veedor.intake.domain.CategoryGroup;

/**
 * What a report covers: complaints received from {@code from} to {@code to}, both inclusive, as
 * people read "from 1 January until 31 December" (days of receipt in the record's zone), in a
 * territory, naming a unit or any unit below it, with an allegation of a group; each left null for
 * all. Grouped by {@code period}.
 */
public record ReportFilter(
    Period period,
    LocalDate from,
    LocalDate to,
    String territory,
    String unit,
    CategoryGroup group) {

  public ReportFilter {
    if (period == null) {
      period = Period.YEAR;
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
  }

  public static ReportFilter all(Period period) {
    return new ReportFilter(period, null, null, null, null, null);
  }

  public ReportFilter withPeriod(Period other) {
    return new ReportFilter(other, from, to, territory, unit, group);
  }
}
