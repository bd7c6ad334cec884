package org.veedor.web.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;

/** The days a dashboard's row counts, and what an export says it holds. */
class ReportFiltersTest {

  private static ReportFilters.Days days(String first, String last) {
    return new ReportFilters.Days(LocalDate.parse(first), LocalDate.parse(last));
  }

  @Test
  void shouldGiveARowsPeriodAsItsDaysBothInclusive() {
    assertThat(ReportFilters.days(Period.YEAR, "2014", null, null))
        .isEqualTo(days("2014-01-01", "2014-12-31"));
    assertThat(ReportFilters.days(Period.QUARTER, "2016-Q1", null, null))
        .isEqualTo(days("2016-01-01", "2016-03-31"));
    assertThat(ReportFilters.days(Period.MONTH, "2016-02", null, null))
        .isEqualTo(days("2016-02-01", "2016-02-29"));
  }

  @Test
  void shouldCutARowsPeriodByTheFiltersRangeWhenOneIsSet() {
    assertThat(
            ReportFilters.days(
                Period.YEAR, "2014", LocalDate.parse("2014-03-05"), LocalDate.parse("2015-06-30")))
        .isEqualTo(days("2014-03-05", "2014-12-31"));
    assertThat(ReportFilters.days(Period.YEAR, "2015", null, LocalDate.parse("2015-06-30")))
        .isEqualTo(days("2015-01-01", "2015-06-30"));
    assertThat(ReportFilters.days(Period.YEAR, "2013", LocalDate.parse("2014-01-01"), null))
        .isNull();
    assertThat(ReportFilters.days(Period.YEAR, "2014-Q1", null, null)).isNull();
  }

  @Test
  void shouldNameEveryFilterOfAnExportInItsFileAndHeaders() {
    Map<String, String> filters =
        ReportFilters.parameters(
            new ReportFilter(
                Period.YEAR,
                LocalDate.parse("2014-01-01"),
                LocalDate.parse("2014-12-31"),
                "CAP",
                "E-CAP-1",
                CategoryGroup.CORRUPTION));
    ExportNote note =
        new ExportNote(
            new LinkedHashMap<>(filters), "America/Chicago", "2026-12-02T07:15:00-06:00", "none");
    assertThat(note.query())
        .isEqualTo(
            "period=year&from=2014-01-01&to=2014-12-31&territory=CAP&unit=E-CAP-1&group=CORRUPTION");
    assertThat(note.fileName("volume"))
        .isEqualTo(
            "volume_period-year_from-2014-01-01_to-2014-12-31_territory-CAP_unit-E-CAP-1"
                + "_group-CORRUPTION_2026-12-02T071500-0600.csv");
  }
}
