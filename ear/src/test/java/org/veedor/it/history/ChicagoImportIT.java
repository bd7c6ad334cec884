package org.veedor.it.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.ServerRestart;

/**
 * Imports the Chicago complaint register (2016 release, real data with its faults) through the
 * shipped mapping, and checks Veedor's reports against figures computed here from the raw files
 * with a plain CSV reader: complaints by year, accused rows by final finding, the sustained rate
 * and the ten officers named most often. The server is restarted in the middle of the import, which
 * goes on after the start from where it stopped. A second import of the same files adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChicagoImportIT {

  static final String TERRITORY = "US-IL-CHICAGO";
  static final Path DATA = Path.of(System.getProperty("veedor.it.chicago", "chicago-cr-2016"));

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldImportTheChicagoRegisterAndReportWhatItsFilesSay() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String role : List.of("complaints", "accused", "complainants")) {
      files.put(role, Files.readAllBytes(DATA.resolve(role + ".csv")));
    }
    Expected expected = Expected.from(DATA);

    JsonObject first = importAndWait(files, true);
    System.out.println("Chicago import: " + first);
    assertThat(first.getString("state")).as(first.toString()).isEqualTo("DONE");
    assertThat(first.getInt("resumptions")).as("resumed after the restart").isEqualTo(1);
    assertThat(first.getInt("rowsRead")).isEqualTo(expected.rows);
    assertThat(first.getInt("complaintsTotal"))
        .isEqualTo(expected.byYear.values().stream().mapToInt(Integer::intValue).sum());
    assertThat(first.getInt("complaintsCreated") + first.getInt("complaintsUnchanged"))
        .isEqualTo(first.getInt("complaintsTotal"));
    assertThat(first.getInt("rowsMerged")).isEqualTo(expected.repeatedRows);
    assertThat(first.getInt("rowsRejected")).isZero();
    assertThat(first.getInt("officersCreated"))
        .as("one officer for each name, birth year and appointment date in the register")
        .isEqualTo(expected.officers);
    List<JsonObject> findings =
        Api.as("admin").get("imports/" + first.getInt("id") + "/findings").jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(findings)
        .as("the complaint whose incident is dated after it is taken, its incident date left out")
        .anySatisfy(
            f -> {
              assertThat(f.getString("severity")).isEqualTo("WARNING");
              assertThat(f.getString("key")).isEqualTo("1075450");
              assertThat(f.getString("reason")).contains("Incident_Datetime");
            });

    // complaints by year of the complaint date
    Map<String, Integer> byYear = new TreeMap<>();
    for (JsonObject row : rows("volume?period=year&territory=" + TERRITORY)) {
      byYear.put(row.getString("period"), row.getInt("complaints"));
    }
    assertThat(byYear).isEqualTo(expected.byYear);

    // "until" includes its own day: the whole of 2014, December 31 in
    JsonObject year2014 =
        rows("volume?period=all&from=2014-01-01&to=2014-12-31&territory=" + TERRITORY).get(0);
    assertThat(year2014.getInt("complaints"))
        .isEqualTo(expected.byYear.get("2014"))
        .isEqualTo(4103);
    // one day is a range: the complaints dated December 31, 2014
    assertThat(rows("volume?period=all&from=2014-12-31&to=2014-12-31&territory=" + TERRITORY))
        .singleElement()
        .satisfies(
            r -> assertThat(r.getInt("complaints")).isEqualTo(expected.onDay.get("2014-12-31")));

    // days to close by year of the complaint: calendar days in Chicago, as the register dates them
    Map<String, List<Number>> closing = new TreeMap<>();
    for (JsonObject row : rows("disposition-time?period=year&territory=" + TERRITORY)) {
      closing.put(
          row.getString("period"),
          List.of(
              row.getInt("closed"),
              row.getJsonNumber("medianDays").doubleValue(),
              row.getJsonNumber("p90Days").doubleValue()));
    }
    assertThat(closing).isEqualTo(expected.closingByYear);
    assertThat(closing.get("2016").get(1)).as("the 2016 median, in calendar days").isEqualTo(58.0);

    // concentration, with the territory and with the dates of 2014: the officers named, the top
    // 5 % of them and the complaints naming any, exactly; the complaints naming one of the top lie
    // between those naming an officer above the last place and those naming any officer tied at it
    // (ties at the last place are taken in the order of the officers' records)
    for (String range : List.of("", "&from=2014-01-01&to=2014-12-31")) {
      JsonObject share = rows("concentration?territory=" + TERRITORY + range).get(0);
      Concentration raw = expected.concentration(range.isEmpty() ? "" : "2014");
      assertThat(share.getInt("officersNamed")).as(range).isEqualTo(raw.officers()).isPositive();
      assertThat(share.getInt("topOfficers")).as(range).isEqualTo(raw.top());
      assertThat(share.getInt("complaintsNamingOfficers")).as(range).isEqualTo(raw.naming());
      assertThat(share.getInt("complaintsNamingTopOfficers"))
          .as(range)
          .isBetween(raw.namingAboveLastPlace(), raw.namingAtOrAboveLastPlace())
          .isPositive();
    }

    // accused rows by final finding
    Map<String, Integer> byFinding = new TreeMap<>();
    for (JsonObject row : rows("findings?period=all&territory=" + TERRITORY)) {
      byFinding.put(row.getString("finding"), row.getInt("allegations"));
    }
    assertThat(byFinding).isEqualTo(expected.byFinalFinding);

    // the sustained rate
    JsonObject rate = rows("substantiation?period=all&territory=" + TERRITORY).get(0);
    assertThat(rate.getInt("sustained")).isEqualTo(expected.sustained);
    assertThat(rate.getInt("disposed")).isEqualTo(expected.disposed);
    assertThat(rate.getJsonNumber("rate").doubleValue())
        .isCloseTo(
            (double) expected.sustained / expected.disposed,
            org.assertj.core.data.Offset.offset(0.00005));

    // the ten officers named in the most complaints
    List<JsonObject> top = rows("officers?period=all&top=10&territory=" + TERRITORY);
    assertThat(top).hasSize(10);
    List<Integer> counts = top.stream().map(o -> o.getInt("complaints")).toList();
    assertThat(counts).isEqualTo(expected.topCounts);
    int tenth = expected.topCounts.get(9);
    for (JsonObject officer : top) {
      if (officer.getInt("complaints") > tenth) {
        assertThat(expected.topNames.get(officer.getString("name")))
            .as(officer.getString("name"))
            .isEqualTo(officer.getInt("complaints"));
      }
    }

    // a second import of the same files changes nothing
    JsonObject second = importAndWait(files, false);
    assertThat(second.getString("state")).isEqualTo("DONE");
    assertThat(second.getInt("complaintsCreated")).isZero();
    assertThat(second.getInt("complaintsUnchanged")).isEqualTo(first.getInt("complaintsTotal"));
    assertThat(second.getInt("officersCreated")).isZero();
    Map<String, Integer> again = new TreeMap<>();
    for (JsonObject row : rows("volume?period=year&territory=" + TERRITORY)) {
      again.put(row.getString("period"), row.getInt("complaints"));
    }
    assertThat(again).isEqualTo(expected.byYear);
  }

  @Test
  void shouldRefuseFilesThatDoNotFitTheMappingAndCallersWhoAreNotAdministrators() {
    Api.Reply missing =
        Api.as("admin")
            .postFiles(
                "imports?mapping=chicago-cr-2016",
                Map.of(
                    "complaints", "Complaint_Number,Beat\n1,2\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(missing.body()).contains("Complaint_Date");
    Api.Reply unknown =
        Api.as("admin").postFiles("imports?mapping=nonesuch", Map.of("complaints", new byte[1]));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(
            Api.as("auditor")
                .postFiles("imports?mapping=chicago-cr-2016", Map.of("complaints", new byte[1]))
                .status())
        .isEqualTo(403);
    assertThat(Api.as("leadership").get("imports").status()).isEqualTo(403);
  }

  private static List<JsonObject> rows(String query) {
    Api.Reply reply = Api.as("auditor").get("reports/indicators/" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
  }

  /** Imports and waits for the end, restarting the server once after the first batches if asked. */
  private JsonObject importAndWait(Map<String, byte[]> files, boolean restart)
      throws InterruptedException, IOException {
    Api.Reply started = Api.as("admin").postFiles("imports?mapping=chicago-cr-2016", files);
    if (started.status() == 409) {
      Thread.sleep(5000);
      started = Api.as("admin").postFiles("imports?mapping=chicago-cr-2016", files);
    }
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    int id = started.json().getInt("id");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
    JsonObject run = started.json();
    int lastPercent = -1;
    while (run.getString("state").equals("RUNNING") && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      run = Api.as("admin").get("imports/" + id).json();
      assertThat(run.getInt("percent")).isGreaterThanOrEqualTo(lastPercent);
      lastPercent = run.getInt("percent");
      if (restart && run.getInt("complaintsDone") > 0 && run.getString("state").equals("RUNNING")) {
        restart = false;
        int before = run.getInt("complaintsDone");
        Duration took = ServerRestart.reload(management);
        run = Api.as("admin").get("imports/" + id).json();
        System.out.printf(
            "server reloaded in %d ms with %d complaints written; after the start: %s%n",
            took.toMillis(), before, run);
        assertThat(run.getInt("complaintsDone"))
            .as("what was written before the restart is kept")
            .isGreaterThanOrEqualTo(before);
      }
    }
    assertThat(restart).as("the import ran long enough to be restarted").isFalse();
    return run;
  }

  record Concentration(
      int officers, int top, int naming, int namingAboveLastPlace, int namingAtOrAboveLastPlace) {}

  /** The figures computed from the raw files, independently of Veedor's import. */
  record Expected(
      int rows,
      int repeatedRows,
      Map<String, Integer> byYear,
      Map<String, Integer> byFinalFinding,
      int sustained,
      int disposed,
      List<Integer> topCounts,
      Map<String, Integer> topNames,
      int officers,
      Map<String, Integer> onDay,
      Map<String, List<Number>> closingByYear,
      Map<String, String> dateOf,
      List<Map<String, String>> accused) {

    /** The concentration over the complaints of a year (all with ""), from the raw rows. */
    Concentration concentration(String year) {
      Map<String, Set<String>> byOfficer = new HashMap<>();
      for (Map<String, String> a : accused) {
        String date = dateOf.get(a.get("Complaint_Number"));
        if (date != null && date.startsWith(year)) {
          byOfficer
              .computeIfAbsent(
                  a.get("Accused_Name")
                      + "|"
                      + a.get("Accused_Birth_Yr")
                      + "|"
                      + a.get("Accused_Date_of_Appt"),
                  k -> new HashSet<>())
              .add(a.get("Complaint_Number"));
        }
      }
      int officers = byOfficer.size();
      int top = (int) Math.ceil(officers * 0.05);
      List<Set<String>> ranked =
          byOfficer.values().stream()
              .sorted(Comparator.comparingInt((Set<String> c) -> c.size()).reversed())
              .toList();
      int lastPlace = ranked.get(top - 1).size();
      Set<String> naming = new HashSet<>();
      Set<String> above = new HashSet<>();
      Set<String> atOrAbove = new HashSet<>();
      for (Set<String> complaints : ranked) {
        naming.addAll(complaints);
        if (complaints.size() > lastPlace) {
          above.addAll(complaints);
        }
        if (complaints.size() >= lastPlace) {
          atOrAbove.addAll(complaints);
        }
      }
      return new Concentration(officers, top, naming.size(), above.size(), atOrAbove.size());
    }

    static Expected from(Path dir) throws IOException {
      List<Map<String, String>> complaints = PlainCsv.read(dir.resolve("complaints.csv"));
      List<Map<String, String>> accused = PlainCsv.read(dir.resolve("accused.csv"));
      List<Map<String, String>> complainants = PlainCsv.read(dir.resolve("complainants.csv"));
      Map<String, String> dateOf = new HashMap<>();
      Map<String, String> closedOf = new HashMap<>();
      int repeated = 0;
      Set<String> seen = new HashSet<>();
      for (Map<String, String> c : complaints) {
        String number = c.get("Complaint_Number");
        if (!seen.add(number)) {
          repeated++;
        }
        String date = c.get("Complaint_Date");
        if (!date.isBlank() && !dateOf.containsKey(number)) {
          // a repeated complaint is the first of its rows that has a date, closure included
          dateOf.put(number, date);
          closedOf.put(number, c.get("Closed_Date"));
        }
      }
      Map<String, Integer> byYear = new TreeMap<>();
      Map<String, Integer> onDay = new TreeMap<>();
      // the register writes local dates in Chicago: calendar days are the difference of the dates
      Map<String, List<Long>> daysByYear = new TreeMap<>();
      dateOf.forEach(
          (number, d) -> {
            byYear.merge(d.substring(0, 4), 1, Integer::sum);
            onDay.merge(d.substring(0, 10), 1, Integer::sum);
            String closed = closedOf.get(number);
            if (!closed.isBlank()) {
              long days =
                  java.time.temporal.ChronoUnit.DAYS.between(
                      java.time.LocalDate.parse(d.substring(0, 10)),
                      java.time.LocalDate.parse(closed.substring(0, 10)));
              if (days >= 0) { // a closure dated before the complaint is left out by the import
                daysByYear.computeIfAbsent(d.substring(0, 4), k -> new ArrayList<>()).add(days);
              }
            }
          });
      Map<String, List<Number>> closingByYear = new TreeMap<>();
      daysByYear.forEach(
          (year, days) ->
              closingByYear.put(
                  year,
                  List.of(
                      days.size(),
                      oneDecimal(percentile(days, 0.5)),
                      oneDecimal(percentile(days, 0.9)))));
      Map<String, String> names =
          Map.of("SU", "SUSTAINED", "NS", "NOT_SUSTAINED", "EX", "EXONERATED", "UN", "UNFOUNDED");
      Map<String, Integer> byFinding = new TreeMap<>();
      Map<String, Set<String>> complaintsByOfficer = new HashMap<>();
      for (Map<String, String> a : accused) {
        String finding = a.get("Accused_Final_Finding");
        byFinding.merge(finding.isBlank() ? "UNDECIDED" : names.get(finding), 1, Integer::sum);
        String officer =
            a.get("Accused_Name")
                + "|"
                + a.get("Accused_Birth_Yr")
                + "|"
                + a.get("Accused_Date_of_Appt");
        complaintsByOfficer
            .computeIfAbsent(officer, k -> new HashSet<>())
            .add(a.get("Complaint_Number"));
      }
      int sustained = byFinding.getOrDefault("SUSTAINED", 0);
      int disposed = 0;
      for (String n : names.values()) {
        disposed += byFinding.getOrDefault(n, 0);
      }
      List<Map.Entry<String, Set<String>>> ranked = new ArrayList<>(complaintsByOfficer.entrySet());
      ranked.sort(
          Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size())
              .reversed());
      List<Integer> topCounts = new ArrayList<>();
      Map<String, Integer> topNames = new HashMap<>();
      for (int i = 0; i < 10; i++) {
        topCounts.add(ranked.get(i).getValue().size());
      }
      for (Map.Entry<String, Set<String>> e : ranked.subList(0, 30)) {
        String written = e.getKey().substring(0, e.getKey().indexOf('|'));
        // Veedor shows "FAMILY, GIVEN" as the register writes it
        topNames.put(written.replaceAll("\\s*,\\s*", ", "), e.getValue().size());
      }
      return new Expected(
          complaints.size() + accused.size() + complainants.size(),
          repeated,
          byYear,
          byFinding,
          sustained,
          disposed,
          topCounts,
          topNames,
          complaintsByOfficer.size(),
          onDay,
          closingByYear,
          dateOf,
          accused);
    }

    /** The continuous percentile: linear between the two nearest of the sorted values. */
    static double percentile(List<Long> values, double p) {
      List<Long> sorted = values.stream().sorted().toList();
      double at = p * (sorted.size() - 1);
      int below = (int) Math.floor(at);
      int above = Math.min(below + 1, sorted.size() - 1);
      return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (at - below);
    }

    static double oneDecimal(double value) {
      return Math.round(value * 10) / 10.0;
    }
  }

  /** A plain CSV reader (quotes and doubled quotes), for the independent computation. */
  static final class PlainCsv {

    static List<Map<String, String>> read(Path file) throws IOException {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<List<String>> records = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            field.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          fields.add(field.toString());
          field.setLength(0);
          records.add(fields);
          fields = new ArrayList<>();
        } else {
          field.append(ch);
        }
      }
      if (field.length() > 0 || !fields.isEmpty()) {
        fields.add(field.toString());
        records.add(fields);
      }
      List<String> header = records.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> record : records.subList(1, records.size())) {
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < record.size() ? record.get(i).strip() : "");
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
