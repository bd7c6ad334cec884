package org.veedor.reporting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.veedor.demo.DemoWorld;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.reporting.application.Indicator;
import org.veedor.reporting.application.IndicatorQueries;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.search.bench.SearchBench;

/**
 * The dashboard benchmark compares like with like, and the catalogue's queries count what they say:
 * every indicator by its SQL equals the same figures computed in Java from the rows (the
 * benchmark's baseline, {@link InJava}), both shaped by the catalogue, without a filter and with
 * each filter (territory, unit, group, dates), on the embedded database and on PostgreSQL, live and
 * from the rollups. Over all time, so that no period boundary depends on a time zone.
 */
class IndicatorFiguresTest {

  /** PostgreSQL as the integration tests and benchmarks reach it on a developer's machine. */
  private static final String POSTGRESQL =
      System.getProperty("veedor.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");

  @Test
  void shouldGiveTheSameFiguresBySqlAsFromTheRowsForEveryIndicatorWhenOnTheEmbeddedDatabase()
      throws Exception {
    // given
    String url = "jdbc:h2:mem:indicator-figures;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      db.setAutoCommit(false);
      DemoWorld.ofComplaints(400).writeTo(db);
      db.commit();

      // when
      List<String> disagreements =
          disagreements(db, new IndicatorQueries(DashboardBench.jdbc(db), null), views(db));

      // then
      assertThat(disagreements).isEmpty();
    }
  }

  @Test
  void shouldGiveTheSameFiguresLiveAndFromTheRollupsAsFromTheRowsWhenOnPostgreSql()
      throws Exception {
    // given
    String url = SearchBench.freshDatabase(POSTGRESQL, "postgres", "veedor_indicator_figures_test");
    try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
      db.setAutoCommit(false);
      DemoWorld.ofComplaints(400).writeTo(db);
      db.commit();
      db.setAutoCommit(true);
      List<ReportFilter> views = views(db);

      // when
      List<String> disagreements = new ArrayList<>();
      disagreements.addAll(
          disagreements(db, new IndicatorQueries(DashboardBench.jdbc(db), null), views));
      disagreements.addAll(
          disagreements(db, new IndicatorQueries(DashboardBench.jdbc(db), null, false), views));

      // then
      assertThat(disagreements).isEmpty();
    }
  }

  /**
   * No filter, then each filter alone (dates on whole months, which the rollups answer, and not),
   * then all of them together.
   */
  private static List<ReportFilter> views(Connection db) throws SQLException {
    String territory =
        first(
            db,
            "select t.code from complaint c join territory t on t.id = c.territory_id"
                + " group by t.code order by count(*) desc, t.code");
    // a region of that territory: below the top, above the stations, so its subtree holds units
    // of several levels
    String unit =
        first(
            db,
            "select u.code from unit u join territory t on t.id = u.territory_id"
                + " where u.level = 'REGION' and t.code = '"
                + territory
                + "' order by u.code");
    LocalDate end = DemoWorld.DEFAULT_END;
    LocalDate monthStart = end.withDayOfMonth(1);
    return List.of(
        ReportFilter.all(Period.ALL),
        new ReportFilter(Period.ALL, null, null, territory, null, null),
        new ReportFilter(Period.ALL, null, null, null, unit, null),
        new ReportFilter(Period.ALL, null, null, null, null, CategoryGroup.USE_OF_FORCE),
        // whole months, "until" the last day of a month (inclusive)
        new ReportFilter(
            Period.ALL, monthStart.minusYears(2), monthStart.minusDays(1), null, null, null),
        new ReportFilter(Period.ALL, end.minusYears(2).plusDays(9), end, null, null, null),
        new ReportFilter(Period.ALL, null, monthStart.minusYears(1), null, null, null),
        // one day is a range
        new ReportFilter(
            Period.MONTH, end.minusMonths(5), end.minusMonths(5), territory, null, null),
        new ReportFilter(
            Period.ALL, end.minusYears(3), end, territory, unit, CategoryGroup.CORRUPTION));
  }

  /** Every indicator over every view, by SQL against the rows in Java: what differs. */
  private static List<String> disagreements(
      Connection db, IndicatorQueries sql, List<ReportFilter> views) throws SQLException {
    List<String> differ = new ArrayList<>();
    for (ReportFilter view : views) {
      InJava rows = InJava.load(db, view);
      for (Indicator indicator : Indicator.values()) {
        String agree =
            DashboardBench.agree(
                List.of(sql.table(indicator, view, 10)), List.of(rows.table(indicator, view, 10)));
        if (!agree.equals("yes")) {
          differ.add(indicator + " over " + view + ": " + agree);
        }
      }
      // both ways of counting could miss the officers; complaints naming them mean some are named
      ReportTable concentration = sql.table(Indicator.CONCENTRATION, view, 10);
      Map<String, Object> figures = concentration.records().get(0);
      if (((Number) figures.get("complaintsNamingOfficers")).longValue() > 0
          && ((Number) figures.get("officersNamed")).longValue() == 0) {
        differ.add("concentration over " + view + " names no officer: " + figures);
      }
    }
    return differ;
  }

  private static String first(Connection db, String query) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
