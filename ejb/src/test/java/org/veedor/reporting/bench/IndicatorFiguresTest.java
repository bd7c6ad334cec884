package org.veedor.reporting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.veedor.demo.DemoWorld;
import org.veedor.reporting.application.Indicator;
import org.veedor.reporting.application.IndicatorQueries;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;

/**
 * The dashboard benchmark compares like with like, and the catalogue's live queries count what they
 * say: on the embedded database, every indicator by its SQL equals the same figures computed in
 * Java from the rows (the benchmark's baseline, {@link InJava}), both shaped by the catalogue. Over
 * all time, so that no period boundary depends on a time zone.
 */
class IndicatorFiguresTest {

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
      String territory;
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select t.code from complaint c join territory t on t.id = c.territory_id"
                      + " group by t.code order by count(*) desc, t.code limit 1")) {
        rs.next();
        territory = rs.getString(1);
      }
      IndicatorQueries sql = new IndicatorQueries(DashboardBench.jdbc(db), null);
      for (ReportFilter view :
          List.of(
              ReportFilter.all(Period.ALL),
              new ReportFilter(
                  Period.ALL,
                  DemoWorld.DEFAULT_END.minusYears(2),
                  DemoWorld.DEFAULT_END,
                  territory,
                  null,
                  null))) {
        InJava rows = InJava.load(db, view);
        for (Indicator indicator : Indicator.values()) {
          // when
          String agree =
              DashboardBench.agree(
                  List.of(sql.table(indicator, view, 10)),
                  List.of(rows.table(indicator, view, 10)));

          // then
          assertThat(agree).as(indicator + " over " + view).isEqualTo("yes");
        }
      }
    }
  }
}
