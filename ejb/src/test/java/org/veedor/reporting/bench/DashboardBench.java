package org.veedor.reporting.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.veedor.demo.DemoWorld;
import org.veedor.reporting.application.Dashboard;
import org.veedor.reporting.application.Indicator;
import org.veedor.reporting.application.IndicatorQueries;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.reporting.infrastructure.ReportDatabase;
import org.veedor.reporting.infrastructure.ReportSql;
import org.veedor.search.bench.SearchBench;

/**
 * The dashboards at scale on PostgreSQL: every indicator of each dashboard as Veedor computes it
 * (the catalogue's queries, {@link Indicator}, run by the same {@link IndicatorQueries} as the
 * server: aggregate SQL), against loading the rows into Java and computing the same figures there
 * ({@link InJava}, shaped into tables by the catalogue too), in the same run, on the demonstration
 * generator's complaints. The two must agree figure for figure; their latencies go to a Markdown
 * file.
 *
 * <p>{@code ./mvnw -Pbench -pl ejb -am verify -DskipTests -Dbench.sizes=1000000}
 */
public final class DashboardBench {

  private static final int WARM_UP = 2;
  private static final int RUNS = 15;
  private static final int JAVA_RUNS = 3;

  public static void main(String[] args) throws Exception {
    // Maven runs each benchmark in a class loader of its own, in one JVM: the driver the search
    // benchmark registered first is not this loader's, and DriverManager would find no driver
    Class.forName("org.postgresql.Driver");
    String adminUrl = arg(args, 0, "jdbc:postgresql://127.0.0.1:5432/postgres");
    String user = arg(args, 1, "postgres");
    Path results = Path.of(arg(args, 2, "docs/benchmarks"));
    int[] sizes =
        Arrays.stream(arg(args, 3, "100000").split(",")).mapToInt(Integer::parseInt).toArray();
    Files.createDirectories(results);
    StringBuilder report =
        new StringBuilder("# Dashboards: aggregate SQL against rows loaded into Java\n\n");
    report.append(SearchBench.machine()).append('\n');
    report.append(
        "Data: the demonstration generator (`DemoWorld`) in PostgreSQL 15, Veedor's schema and"
            + " indexes (Flyway). Each dashboard is every indicator it shows, one after the other, as"
            + " the page asks for them (the catalogue `Indicator` run by `IndicatorQueries`, the code"
            + " the server runs, no access rule:"
            + " an auditor's view): Veedor reads the rollups the database keeps (PostgreSQL"
            + " triggers mark changed complaints; `report_refresh()` folds them in before a read),"
            + " and, to compare, the same figures by live aggregate SQL over the records. Two views: the whole history by year, and the last twelve"
            + " months by month in one territory. Against it, the same figures computed in Java"
            + " from the rows (complaints, allegations with their category group, sanction"
            + " decisions, officers, assignments) streamed over JDBC; both must agree on every"
            + " figure. "
            + WARM_UP
            + " warm-up runs, then "
            + RUNS
            + " measured runs of each dashboard (Java: "
            + JAVA_RUNS
            + "). Command: `./mvnw -Pbench -pl ejb -am verify -DskipTests"
            + " -Dbench.sizes=...`.\n\n");
    for (int size : sizes) {
      report.append(run(adminUrl, user, size));
      Files.writeString(results.resolve("dashboards.md"), report.toString());
    }
    System.out.println(report);
  }

  private static String arg(String[] args, int i, String fallback) {
    return args.length > i && !args[i].isBlank() && !args[i].startsWith("${") ? args[i] : fallback;
  }

  private static String run(String adminUrl, String user, int size) throws Exception {
    String url = SearchBench.freshDatabase(adminUrl, user, "veedor_dash_" + size);
    StringBuilder out =
        new StringBuilder(String.format(Locale.ROOT, "## %,d complaints%n%n", size));
    try (Connection db = DriverManager.getConnection(url, user, "")) {
      db.createStatement().execute("set timezone = 'UTC'");
      long t0 = System.nanoTime();
      db.setAutoCommit(false);
      DemoWorld.Summary summary = DemoWorld.ofComplaints(size).writeTo(db);
      db.commit();
      db.setAutoCommit(true);
      try (Statement s = db.createStatement()) {
        s.execute("vacuum analyze");
      }
      long r0 = System.nanoTime();
      try (Statement s = db.createStatement()) {
        s.execute("select report_refresh()");
        s.execute("vacuum analyze");
      }
      double rollupSeconds = (System.nanoTime() - r0) / 1e9;
      out.append(
          String.format(
              Locale.ROOT,
              "Generated %,d complaints, %,d allegations, %,d officers in %.0f s.%n%n",
              summary.complaints(),
              summary.allegations(),
              summary.officers(),
              (System.nanoTime() - t0) / 1e9));
      out.append(
          String.format(
              Locale.ROOT,
              "The rollups were built from scratch in %.1f s (`report_refresh()` over every"
                  + " complaint marked by the triggers while the data was written).%n%n",
              rollupSeconds));
      String territory;
      LocalDate last;
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select t.code, max(c.received_at) from complaint c join territory t"
                      + " on t.id = c.territory_id group by t.code order by count(*) desc limit 1")) {
        rs.next();
        territory = rs.getString(1);
        last = rs.getObject(2, OffsetDateTime.class).toLocalDate();
      }
      LocalDate to = last.withDayOfMonth(1).plusMonths(1);
      List<ReportFilter> views =
          List.of(
              ReportFilter.all(Period.YEAR),
              new ReportFilter(
                  Period.MONTH, to.minusMonths(12), to.minusDays(1), territory, null, null));
      ReportDatabase jdbc = jdbc(db);
      IndicatorQueries sql = new IndicatorQueries(jdbc, null);
      IndicatorQueries liveSql = new IndicatorQueries(jdbc, null, false);
      out.append(
          "| dashboard | view | Veedor p50 ms | Veedor p95 ms | live SQL p50 ms | live SQL p95 ms |"
              + " Java p50 ms | Java p95 ms | figures agree |\n"
              + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
      for (Dashboard board : Dashboard.values()) {
        for (ReportFilter view : views) {
          String label =
              view.territory() == null
                  ? "all, by year"
                  : "12 months by month, territory " + view.territory();
          List<ReportTable> bySql = new ArrayList<>();
          double[] sqlTimes =
              time(
                  WARM_UP,
                  RUNS,
                  () -> {
                    bySql.clear();
                    for (Indicator indicator : board.indicators()) {
                      bySql.add(sql.table(indicator, view, 10));
                    }
                  });
          List<ReportTable> byLive = new ArrayList<>();
          double[] liveTimes =
              time(
                  1,
                  5,
                  () -> {
                    byLive.clear();
                    for (Indicator indicator : board.indicators()) {
                      byLive.add(liveSql.table(indicator, view, 10));
                    }
                  });
          List<ReportTable> byJava = new ArrayList<>();
          double[] javaTimes =
              time(
                  0,
                  JAVA_RUNS,
                  () -> {
                    byJava.clear();
                    InJava data = InJava.load(db, view);
                    for (Indicator indicator : board.indicators()) {
                      byJava.add(data.table(indicator, view, 10));
                    }
                  });
          String agree = agree(bySql, byJava);
          if (agree.equals("yes")) {
            agree = agree(byLive, byJava);
          }
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %s |%n",
                  board.id(),
                  label,
                  percentile(sqlTimes, 0.5),
                  percentile(sqlTimes, 0.95),
                  percentile(liveTimes, 0.5),
                  percentile(liveTimes, 0.95),
                  percentile(javaTimes, 0.5),
                  percentile(javaTimes, 0.95),
                  agree));
          System.out.println(out);
        }
      }
      // the other kinds of reader: rollups and live SQL give the same figures
      for (org.veedor.identity.domain.Viewer reader :
          List.of(
              new org.veedor.identity.domain.Viewer(
                  "leadership", java.util.Set.of("LEADERSHIP"), null, null, false),
              new org.veedor.identity.domain.Viewer(
                  "board", java.util.Set.of("OVERSIGHT_BOARD"), null, null, false))) {
        List<ReportTable> fromRollups = new ArrayList<>();
        List<ReportTable> fromLive = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
          fromRollups.add(new IndicatorQueries(jdbc, reader).table(indicator, views.get(0), 10));
          fromLive.add(
              new IndicatorQueries(jdbc, reader, false).table(indicator, views.get(0), 10));
        }
        out.append(
            String.format(
                Locale.ROOT,
                "As %s (%s): every indicator from the rollups equals live SQL: %s.%n",
                reader.username(),
                reader.roles(),
                agree(fromRollups, fromLive)));
      }

      // freshness: records change, the next dashboard sees them
      int changed;
      try (Statement s = db.createStatement()) {
        changed =
            s.executeUpdate(
                "update allegation set disposition = 'SUSTAINED', disposed_on = current_date"
                    + " where id in (select id from allegation where disposition is null limit 1000)");
      }
      ReportFilter all = views.get(0);
      List<ReportTable> after = new ArrayList<>();
      double[] refresh =
          time(
              0,
              1,
              () -> {
                for (Indicator indicator : Dashboard.OVERSIGHT.indicators()) {
                  after.add(sql.table(indicator, all, 10));
                }
              });
      InJava again = InJava.load(db, all);
      List<ReportTable> expected = new ArrayList<>();
      for (Indicator indicator : Dashboard.OVERSIGHT.indicators()) {
        expected.add(again.table(indicator, all, 10));
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%nAfter %,d allegations were given a finding, the next oversight dashboard (all, by"
                  + " year) took %.0f ms, folding the changed complaints into the rollups first;"
                  + " its figures agree with the rows: %s.%n%n",
              changed,
              refresh[0],
              agree(after, expected)));
    }
    return out.toString();
  }

  /** "yes" when the tables agree figure for figure, or what differs first. */
  static String agree(List<ReportTable> a, List<ReportTable> b) {
    for (int i = 0; i < a.size(); i++) {
      ReportTable x = a.get(i);
      ReportTable y = b.get(i);
      if (!x.columns().equals(y.columns()) || x.rows().size() != y.rows().size()) {
        return "no: "
            + x.name()
            + " has "
            + x.rows().size()
            + " rows in SQL, "
            + y.rows().size()
            + " in Java";
      }
      for (int r = 0; r < x.rows().size(); r++) {
        for (int c = 0; c < x.columns().size(); c++) {
          if (x.name().equals("officers") && c < 3) {
            continue; // officers tied on their counts may be listed in another order by name
          }
          Object p = x.rows().get(r).get(c);
          Object q = y.rows().get(r).get(c);
          boolean same =
              p instanceof Number n && q instanceof Number m
                  ? Math.abs(n.doubleValue() - m.doubleValue()) < 0.051
                  : java.util.Objects.equals(p, q);
          if (!same) {
            return "no: "
                + x.name()
                + " "
                + x.columns().get(c)
                + " row "
                + r
                + ": "
                + p
                + " against "
                + q;
          }
        }
      }
    }
    return "yes";
  }

  interface Work {
    void run() throws SQLException;
  }

  private static double[] time(int warmUp, int runs, Work work) throws SQLException {
    for (int i = 0; i < warmUp; i++) {
      work.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    return ms;
  }

  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** The report database over a JDBC connection ({@code ?N} become JDBC's {@code ?}, in order). */
  static ReportDatabase jdbc(Connection db) throws SQLException {
    ReportSql.Dialect dialect =
        db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
            ? ReportSql.Dialect.POSTGRESQL
            : ReportSql.Dialect.H2;
    return new ReportDatabase() {
      @Override
      public List<Object[]> rows(String sql, List<Object> parameters, int max) {
        try (PreparedStatement st = db.prepareStatement(sql.replaceAll("\\?\\d+", "?"))) {
          for (int i = 0; i < parameters.size(); i++) {
            st.setObject(i + 1, parameters.get(i));
          }
          if (max > 0) {
            st.setMaxRows(max);
          }
          List<Object[]> rows = new ArrayList<>();
          try (ResultSet rs = st.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              Object[] row = new Object[n];
              for (int c = 0; c < n; c++) {
                row[c] = rs.getObject(c + 1);
              }
              rows.add(row);
            }
          }
          return rows;
        } catch (SQLException e) {
          throw new IllegalStateException(sql, e);
        }
      }

      @Override
      public ReportSql.Dialect dialect() {
        return dialect;
      }
    };
  }

  static OffsetDateTime utc(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
