package org.veedor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class DemoWorldTest {

  private static Connection migratedDatabase(String name) throws SQLException {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return DriverManager.getConnection(url, "sa", "");
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  @Test
  void shouldWriteTheWorldAtTheRequestedScaleWhenLoadedIntoAnEmptySchema() throws Exception {
    try (Connection c = migratedDatabase("scale")) {
      DemoWorld.Summary summary = DemoWorld.ofComplaints(3000).writeTo(c);

      assertThat(count(c, "select count(*) from complaint")).isEqualTo(3000);
      assertThat(count(c, "select count(*) from officer")).isEqualTo(600);
      assertThat(count(c, "select count(*) from unit")).isBetween(35L, 50L);
      assertThat(count(c, "select count(distinct territory_id) from unit")).isEqualTo(6);
      assertThat(count(c, "select count(*) from allegation")).isEqualTo(summary.allegations());
      assertThat(count(c, "select count(*) from assignment")).isGreaterThan(600);
      // reference numbers: one gapless run per year, and the year's sequence at its last serial
      assertThat(
              count(
                  c,
                  "select count(*) from reference_sequence s where s.last_serial <> (select count(*)"
                      + " from complaint where reference_number like 'VE-' || s.reference_year || '-%')"))
          .isZero();
      // every allegation against a known officer lies in a unit the officer served in that day
      assertThat(
              count(
                  c,
                  "select count(*) from allegation a join complaint c on c.id = a.complaint_id"
                      + " where a.officer_id is not null and c.incident_date is not null and not exists"
                      + " (select 1 from assignment s where s.officer_id = a.officer_id"
                      + " and s.unit_id = a.unit_id and s.start_date <= c.incident_date"
                      + " and (s.end_date is null or s.end_date >= c.incident_date))"))
          .isZero();
    }
  }

  @Test
  void shouldGiveTheSameWorldWhenLoadedTwiceWithTheSameSeed() throws Exception {
    try (Connection first = migratedDatabase("first");
        Connection second = migratedDatabase("second")) {
      DemoWorld.ofComplaints(1000).writeTo(first);
      DemoWorld.ofComplaints(1000).writeTo(second);
      String digest =
          "select reference_number || channel || status || narrative from complaint order by id";
      assertThat(column(first, digest)).isEqualTo(column(second, digest));
    }
  }

  @Test
  void shouldShowPlausiblePatternsWhenLoaded() throws Exception {
    try (Connection c = migratedDatabase("patterns")) {
      DemoWorld.ofComplaints(10_000).writeTo(c);
      long allegations = count(c, "select count(*) from allegation where officer_id is not null");

      // most categories are rare: the three most common carry more than half of all allegations
      List<String> perCategory =
          column(c, "select count(*) from allegation group by category_id order by count(*) desc");
      long topThree = perCategory.stream().limit(3).mapToLong(Long::parseLong).sum();
      assertThat(topThree * 2).isGreaterThan(count(c, "select count(*) from allegation"));

      // a few officers are named far more often than their peers: the top 5 % carry > 20 %
      List<String> perOfficer =
          column(
              c,
              "select count(*) from allegation where officer_id is not null"
                  + " group by officer_id order by count(*) desc");
      long top = perOfficer.stream().limit(100).mapToLong(Long::parseLong).sum();
      assertThat(top * 5).isGreaterThan(allegations);

      // the ring: officers of one station named together in corruption complaints
      long ringComplaints =
          count(
              c,
              "select count(distinct a.complaint_id) from allegation a join unit u on u.id = a.unit_id"
                  + " join allegation b on b.complaint_id = a.complaint_id and b.officer_id <> a.officer_id"
                  + " join allegation_category k on k.id = a.category_id"
                  + " where u.code = '"
                  + DemoWorld.RING_STATION
                  + "' and b.unit_id = a.unit_id and k.category_group = 'CORRUPTION'");
      assertThat(ringComplaints).isGreaterThanOrEqualTo(40);

      // narratives in Spanish and in English
      assertThat(count(c, "select count(*) from complaint where narrative_language = 'es'"))
          .isGreaterThan(4000);
      assertThat(count(c, "select count(*) from complaint where narrative_language = 'en'"))
          .isGreaterThan(1000);
    }
  }

  @Test
  void shouldWriteLongNarrativesWhenAskedForThem() throws Exception {
    try (Connection c = migratedDatabase("long")) {
      DemoWorld.ofComplaints(200).withNarrativesOfAtLeast(100).writeTo(c);
      List<String> narratives = column(c, "select narrative from complaint");
      assertThat(narratives)
          .allSatisfy(n -> assertThat(n.split("\\s+").length).isGreaterThanOrEqualTo(100));
    }
  }
}
