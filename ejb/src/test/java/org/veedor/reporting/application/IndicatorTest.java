package org.veedor.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.reporting.infrastructure.ReportDatabase;
import org.veedor.reporting.infrastructure.ReportSql;

class IndicatorTest {

  /** A database that answers every query with one row of ones, and keeps the SQL it was given. */
  private static final class Recording implements ReportDatabase {
    private final ReportSql.Dialect dialect;
    private final List<String> queries = new ArrayList<>();

    Recording(ReportSql.Dialect dialect) {
      this.dialect = dialect;
    }

    @Override
    public List<Object[]> rows(String sql, List<Object> parameters, int max) {
      queries.add(sql);
      if (sql.startsWith("select tree_path from unit")) {
        return List.<Object[]>of(new Object[] {"/1/2/"});
      }
      Object[] row = new Object[8];
      Arrays.fill(row, 1L);
      if (sql.contains("from unit r")) {
        // a unit compared: its code, name and tree path first
        row[0] = "PN-1";
        row[1] = "Region";
        row[2] = "/1/2/";
      }
      return List.<Object[]>of(row);
    }

    @Override
    public ReportSql.Dialect dialect() {
      return dialect;
    }

    boolean readRollups() {
      return queries.stream().anyMatch(q -> q.contains("report_refresh()"));
    }
  }

  private static final ReportFilter WHOLE_MONTHS =
      new ReportFilter(
          Period.MONTH, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "CAP", null, null);

  private static boolean fromRollups(
      ReportSql.Dialect dialect, Viewer reader, Indicator indicator, ReportFilter filter) {
    Recording db = new Recording(dialect);
    ReportTable table = new IndicatorQueries(db, reader).table(indicator, filter, 10);
    assertThat(table.name()).isEqualTo(indicator.id());
    assertThat(table.columns()).isEqualTo(indicator.columns());
    return db.readRollups();
  }

  @Test
  void shouldKeepTheIdsTheReportsApiServesInTheirOrder() {
    assertThat(Indicator.ids())
        .containsExactly(
            "volume",
            "findings",
            "substantiation",
            "disposition-time",
            "sanction-consistency",
            "appeal-reversal",
            "concentration",
            "corruption",
            "trust",
            "data-quality",
            "category-volume",
            "unit-comparison",
            "officers");
    assertThat(Indicators.NAMES).isEqualTo(Indicator.ids());
    assertThat(Indicators.DASHBOARDS.keySet()).containsExactly("leadership", "oversight");
    assertThat(Indicators.DASHBOARDS.get("leadership"))
        .containsExactly(
            "volume",
            "unit-comparison",
            "category-volume",
            "corruption",
            "concentration",
            "officers");
  }

  @Test
  void shouldRefuseAnIdOutsideTheCatalogueWhenAskedByName() {
    assertThat(Indicator.byId("disposition-time")).isEqualTo(Indicator.DISPOSITION_TIME);
    assertThatThrownBy(() -> Indicator.byId("volumes"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> {
              InvalidInputException.FieldError error = refused.errors().get(0);
              assertThat(error.field()).isEqualTo("indicator");
              assertThat(error.reason()).isEqualTo(InputReason.NOT_ONE_OF);
              assertThat(error.arguments()).hasSize(1).first().isEqualTo(Indicator.ids());
            });
  }

  @Test
  void shouldListOfficersOnlyAsPersonsReadAndCountEverythingElse() {
    for (Indicator indicator : Indicator.values()) {
      assertThat(indicator.purpose())
          .isEqualTo(
              indicator == Indicator.OFFICERS
                  ? org.veedor.identity.domain.AccessPolicy.Purpose.READ
                  : org.veedor.identity.domain.AccessPolicy.Purpose.COUNT);
      assertThat(new HashSet<>(indicator.columns())).hasSameSizeAs(indicator.columns());
    }
  }

  @Test
  void shouldFillEveryLiveQueryOnEitherDatabaseWhenTheRollupsCannotAnswer() {
    ReportFilter unit = new ReportFilter(Period.QUARTER, null, null, null, "PN", null);
    for (Indicator indicator : Indicator.values()) {
      assertThat(fromRollups(ReportSql.Dialect.H2, null, indicator, WHOLE_MONTHS)).isFalse();
      assertThat(fromRollups(ReportSql.Dialect.POSTGRESQL, null, indicator, unit)).isFalse();
    }
  }

  @Test
  void shouldAnswerFromTheRollupsOnlyWhereTheirGrainAndColumnsAnswer() {
    Viewer board = new Viewer("board", Set.of("OVERSIGHT_BOARD"), null, null, false);
    Viewer leadership = new Viewer("chief", Set.of("LEADERSHIP"), null, null, false);
    Viewer conflicted = new Viewer("sup", Set.of("SUPERVISOR"), 7L, 3L, false);
    ReportFilter all = ReportFilter.all(Period.YEAR);
    ReportFilter midMonth =
        new ReportFilter(Period.MONTH, LocalDate.of(2025, 1, 15), null, null, null, null);
    ReportFilter group =
        new ReportFilter(Period.QUARTER, null, null, null, null, CategoryGroup.CORRUPTION);
    ReportFilter territory = new ReportFilter(Period.ALL, null, null, "CAP", null, null);
    ReportSql.Dialect pg = ReportSql.Dialect.POSTGRESQL;
    // the breakdowns by category and unit are read live: the rollups keep neither
    Set<Indicator> live = Set.of(Indicator.CATEGORY_VOLUME, Indicator.UNIT_COMPARISON);
    for (Indicator indicator : Indicator.values()) {
      boolean byMonth =
          indicator != Indicator.OFFICERS
              && indicator != Indicator.CONCENTRATION
              && !live.contains(indicator);
      for (Viewer reader : new Viewer[] {null, board, leadership}) {
        assertThat(fromRollups(pg, reader, indicator, all))
            .as(indicator + " all")
            .isEqualTo(!live.contains(indicator));
        assertThat(fromRollups(pg, reader, indicator, territory))
            .isEqualTo(!live.contains(indicator));
        assertThat(fromRollups(pg, reader, indicator, WHOLE_MONTHS)).isEqualTo(byMonth);
        assertThat(fromRollups(pg, reader, indicator, group)).isEqualTo(byMonth);
        assertThat(fromRollups(pg, reader, indicator, midMonth)).isFalse();
      }
      // whose own record or unit must be left out is answered live
      assertThat(fromRollups(pg, conflicted, indicator, all)).isFalse();
    }
  }

  @Test
  void shouldRefuseATopOutOfRangeForTheOfficersNamedMostOnEitherPath() {
    for (ReportSql.Dialect dialect : ReportSql.Dialect.values()) {
      assertThatThrownBy(
              () ->
                  new IndicatorQueries(new Recording(dialect), null)
                      .table(Indicator.OFFICERS, ReportFilter.all(Period.ALL), 0))
          .isInstanceOf(InvalidInputException.class);
    }
  }
}
