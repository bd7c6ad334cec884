package org.veedor.reporting.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.veedor.reporting.application.Indicators;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;

/**
 * The baseline of the dashboard benchmark: the rows of a view loaded over JDBC into plain Java
 * objects, and every indicator computed from them in memory, as an application without aggregate
 * queries would.
 */
final class InJava {

  record Complaint(
      long id,
      long period,
      OffsetDateTime receivedAt,
      OffsetDateTime closedAt,
      String channel,
      boolean anonymous,
      boolean withdrawn,
      boolean noPlace,
      boolean noIncidentDate,
      Integer deadlineDays,
      boolean organizedCrime) {}

  record Allegation(long complaint, Long officer, Long unit, String group, String disposition) {}

  record Decision(long complaint, boolean insideRange, String appealOutcome) {}

  record Officer(String badge, String family, String given, String rank) {}

  record Posting(long officer, LocalDate start, LocalDate end, String territory) {}

  private final Map<Long, Complaint> complaints = new HashMap<>();
  private final List<Allegation> allegations = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final Map<Long, Officer> officers = new HashMap<>();
  private final List<Posting> postings = new ArrayList<>();

  static InJava load(Connection db, ReportFilter view) throws SQLException {
    InJava data = new InJava();
    ZoneId zone = ZoneId.systemDefault();
    String where = " where 1 = 1";
    List<Object> params = new ArrayList<>();
    if (view.from() != null) {
      where += " and c.received_at >= ?";
      params.add(DashboardBench.utc(view.from()));
    }
    if (view.to() != null) {
      where += " and c.received_at < ?";
      params.add(DashboardBench.utc(view.to()));
    }
    if (view.territory() != null) {
      where += " and c.territory_id in (select id from territory where code = ?)";
      params.add(view.territory());
    }
    try (ResultSet rs =
        query(
            db,
            "select c.id, c.received_at, c.closed_at, c.channel, c.complainant_anonymous,"
                + " c.withdrawn_at is not null, c.place is null or trim(c.place) = '',"
                + " c.incident_date is null, c.deadline_days, c.organized_crime_link from complaint c"
                + where,
            params)) {
      while (rs.next()) {
        OffsetDateTime received = rs.getObject(2, OffsetDateTime.class);
        var local = received.atZoneSameInstant(zone);
        data.complaints.put(
            rs.getLong(1),
            new Complaint(
                rs.getLong(1),
                view.period().key(local.getYear(), local.getMonthValue()),
                received,
                rs.getObject(3, OffsetDateTime.class),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getBoolean(6),
                rs.getBoolean(7),
                rs.getBoolean(8),
                (Integer) rs.getObject(9),
                rs.getBoolean(10)));
      }
    }
    try (ResultSet rs =
        query(
            db,
            "select a.complaint_id, a.officer_id, a.unit_id, g.category_group, a.disposition"
                + " from allegation a join allegation_category g on g.id = a.category_id"
                + " join complaint c on c.id = a.complaint_id"
                + where,
            params)) {
      while (rs.next()) {
        data.allegations.add(
            new Allegation(
                rs.getLong(1),
                (Long) rs.getObject(2),
                (Long) rs.getObject(3),
                rs.getString(4),
                rs.getString(5)));
      }
    }
    try (ResultSet rs =
        query(
            db,
            "select d.complaint_id, d.inside_range, d.appeal_outcome from sanction_decision d"
                + " join complaint c on c.id = d.complaint_id"
                + where,
            params)) {
      while (rs.next()) {
        data.decisions.add(new Decision(rs.getLong(1), rs.getBoolean(2), rs.getString(3)));
      }
    }
    try (ResultSet rs =
        query(
            db,
            "select id, badge_number, family_names, given_names, officer_rank from officer",
            List.of())) {
      while (rs.next()) {
        data.officers.put(
            rs.getLong(1),
            new Officer(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    try (ResultSet rs =
        query(
            db,
            "select s.officer_id, s.start_date, s.end_date, t.code from assignment s"
                + " join unit u on u.id = s.unit_id join territory t on t.id = u.territory_id",
            List.of())) {
      while (rs.next()) {
        data.postings.add(
            new Posting(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class),
                rs.getString(4)));
      }
    }
    return data;
  }

  private static ResultSet query(Connection db, String sql, List<Object> params)
      throws SQLException {
    db.setAutoCommit(false);
    PreparedStatement st = db.prepareStatement(sql);
    st.setFetchSize(10_000);
    for (int i = 0; i < params.size(); i++) {
      st.setObject(i + 1, params.get(i));
    }
    st.closeOnCompletion();
    return st.executeQuery();
  }

  ReportTable table(String name, ReportFilter f, int top) {
    return switch (name) {
      case "volume" -> volume(f);
      case "findings" -> findings(f);
      case "substantiation" -> substantiation(f);
      case "disposition-time" -> dispositionTime(f);
      case "sanction-consistency" -> perPeriodOfDecisions(f, false);
      case "appeal-reversal" -> perPeriodOfDecisions(f, true);
      case "concentration" -> concentration();
      case "corruption" -> corruption(f);
      case "trust" -> trust(f);
      case "data-quality" -> dataQuality(f);
      case "officers" -> officers(top);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private ReportTable volume(ReportFilter f) {
    Map<Long, long[]> by = new TreeMap<>();
    complaints.values().forEach(c -> by.computeIfAbsent(c.period(), k -> new long[2])[0]++);
    allegations.forEach(a -> by.get(complaints.get(a.complaint()).period())[1]++);
    List<List<Object>> rows = new ArrayList<>();
    by.forEach(
        (key, v) -> {
          LocalDate start = f.period().start(key);
          LocalDate end = f.period().end(key);
          Set<Long> serving = new HashSet<>();
          for (Posting p : postings) {
            if (p.start().isBefore(end)
                && (p.end() == null || !p.end().isBefore(start))
                && (f.territory() == null || f.territory().equals(p.territory()))) {
              serving.add(p.officer());
            }
          }
          long headcount = serving.size();
          rows.add(
              Arrays.asList(
                  f.period().label(key),
                  v[0],
                  v[1],
                  headcount,
                  headcount == 0 ? null : ReportTable.round1(v[0] * 100.0 / headcount)));
        });
    return new ReportTable(
        "volume",
        List.of("period", "complaints", "allegations", "officers", "per100Officers"),
        rows);
  }

  private ReportTable findings(ReportFilter f) {
    Map<Long, Map<String, Long>> by = new TreeMap<>();
    for (Allegation a : allegations) {
      by.computeIfAbsent(complaints.get(a.complaint()).period(), k -> new TreeMap<>())
          .merge(a.disposition() == null ? "UNDECIDED" : a.disposition(), 1L, Long::sum);
    }
    List<List<Object>> rows = new ArrayList<>();
    by.forEach(
        (key, m) -> m.forEach((d, n) -> rows.add(Arrays.asList(f.period().label(key), d, n))));
    return new ReportTable("findings", List.of("period", "finding", "allegations"), rows);
  }

  private ReportTable substantiation(ReportFilter f) {
    Map<Long, long[]> by = new TreeMap<>();
    for (Allegation a : allegations) {
      long[] v = by.computeIfAbsent(complaints.get(a.complaint()).period(), k -> new long[2]);
      v[0] += "SUSTAINED".equals(a.disposition()) ? 1 : 0;
      v[1] += a.disposition() != null ? 1 : 0;
    }
    List<List<Object>> rows = new ArrayList<>();
    by.forEach(
        (key, v) ->
            rows.add(
                Arrays.asList(f.period().label(key), v[0], v[1], ReportTable.ratio(v[0], v[1]))));
    return new ReportTable(
        "substantiation", List.of("period", "sustained", "disposed", "rate"), rows);
  }

  private ReportTable dispositionTime(ReportFilter f) {
    Map<Long, List<double[]>> by = new TreeMap<>();
    for (Complaint c : complaints.values()) {
      if (c.closedAt() != null) {
        double days = Duration.between(c.receivedAt(), c.closedAt()).toNanos() / 1e9 / 86400.0;
        int deadline =
            c.deadlineDays() == null ? Indicators.DEFAULT_DEADLINE_DAYS : c.deadlineDays();
        by.computeIfAbsent(c.period(), k -> new ArrayList<>()).add(new double[] {days, deadline});
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    by.forEach(
        (key, list) -> {
          // whole days elapsed, as the indicator counts them
          double[] days = list.stream().mapToDouble(d -> Math.floor(d[0])).sorted().toArray();
          long within = list.stream().filter(d -> d[0] <= d[1]).count();
          rows.add(
              Arrays.asList(
                  f.period().label(key),
                  (long) days.length,
                  ReportTable.round1(cont(days, 0.5)),
                  ReportTable.round1(cont(days, 0.9)),
                  ReportTable.ratio(within, days.length)));
        });
    return new ReportTable(
        "disposition-time",
        List.of("period", "closed", "medianDays", "p90Days", "withinDeadline"),
        rows);
  }

  /** percentile_cont: linear between the two nearest ranks. */
  private static double cont(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = (int) Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  }

  private ReportTable perPeriodOfDecisions(ReportFilter f, boolean appeals) {
    Map<Long, long[]> by = new TreeMap<>();
    for (Decision d : decisions) {
      long[] v = by.computeIfAbsent(complaints.get(d.complaint()).period(), k -> new long[3]);
      if (appeals) {
        v[0] += d.appealOutcome() != null ? 1 : 0;
        v[1] += "REVERSED".equals(d.appealOutcome()) ? 1 : 0;
        v[2] += "MODIFIED".equals(d.appealOutcome()) ? 1 : 0;
      } else {
        v[0]++;
        v[1] += d.insideRange() ? 1 : 0;
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    by.forEach(
        (key, v) ->
            rows.add(
                appeals
                    ? Arrays.asList(
                        f.period().label(key), v[0], v[1], v[2], ReportTable.ratio(v[1], v[0]))
                    : Arrays.asList(
                        f.period().label(key), v[0], v[1], ReportTable.ratio(v[1], v[0]))));
    return appeals
        ? new ReportTable(
            "appeal-reversal",
            List.of("period", "appealsDecided", "reversed", "modified", "reversalRate"),
            rows)
        : new ReportTable(
            "sanction-consistency", List.of("period", "decisions", "insideRange", "share"), rows);
  }

  private ReportTable concentration() {
    Map<Long, Set<Long>> byOfficer = new HashMap<>();
    Set<Long> naming = new HashSet<>();
    for (Allegation a : allegations) {
      if (a.officer() != null) {
        byOfficer.computeIfAbsent(a.officer(), k -> new HashSet<>()).add(a.complaint());
        naming.add(a.complaint());
      }
    }
    List<Map.Entry<Long, Set<Long>>> ranked = new ArrayList<>(byOfficer.entrySet());
    ranked.sort(
        Comparator.comparingInt((Map.Entry<Long, Set<Long>> e) -> e.getValue().size())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    int top = (int) Math.ceil(ranked.size() * 0.05);
    Set<Long> namingTop = new HashSet<>();
    ranked.subList(0, top).forEach(e -> namingTop.addAll(e.getValue()));
    return new ReportTable(
        "concentration",
        List.of(
            "officersNamed",
            "topOfficers",
            "complaintsNamingOfficers",
            "complaintsNamingTopOfficers",
            "share"),
        List.of(
            Arrays.asList(
                (long) ranked.size(),
                (long) top,
                (long) naming.size(),
                (long) namingTop.size(),
                ReportTable.ratio(namingTop.size(), naming.size()))));
  }

  private ReportTable corruption(ReportFilter f) {
    Set<Long> corrupt = new HashSet<>();
    allegations.stream()
        .filter(a -> "CORRUPTION".equals(a.group()))
        .forEach(a -> corrupt.add(a.complaint()));
    Map<Long, long[]> by = new TreeMap<>();
    for (Complaint c : complaints.values()) {
      long[] v = by.computeIfAbsent(c.period(), k -> new long[3]);
      v[0]++;
      v[1] += corrupt.contains(c.id()) ? 1 : 0;
      v[2] += c.organizedCrime() ? 1 : 0;
    }
    List<List<Object>> rows = new ArrayList<>();
    by.forEach(
        (key, v) ->
            rows.add(
                Arrays.asList(
                    f.period().label(key), v[0], v[1], ReportTable.ratio(v[1], v[0]), v[2])));
    return new ReportTable(
        "corruption",
        List.of("period", "complaints", "corruption", "share", "organizedCrimeLinked"),
        rows);
  }

  private ReportTable trust(ReportFilter f) {
    Set<String> publicChannels = Set.of("PUBLIC_WEB", "WALK_IN", "PHONE", "MAIL");
    Map<Long, long[]> by = new TreeMap<>();
    for (Complaint c : complaints.values()) {
      long[] v = by.computeIfAbsent(c.period(), k -> new long[4]);
      v[0]++;
      v[1] += publicChannels.contains(c.channel()) ? 1 : 0;
      v[2] += c.anonymous() ? 1 : 0;
      v[3] += c.withdrawn() ? 1 : 0;
    }
    List<List<Object>> rows = new ArrayList<>();
    by.forEach(
        (key, v) -> rows.add(ReportTable.counted(f.period().label(key), v[0], v[1], v[2], v[3])));
    return new ReportTable(
        "trust",
        List.of(
            "period",
            "complaints",
            "filedByPublic",
            "publicShare",
            "anonymous",
            "anonymousShare",
            "withdrawn",
            "withdrawalRate"),
        rows);
  }

  private ReportTable dataQuality(ReportFilter f) {
    Set<Long> withUnit = new HashSet<>();
    allegations.stream().filter(a -> a.unit() != null).forEach(a -> withUnit.add(a.complaint()));
    Map<Long, long[]> by = new TreeMap<>();
    for (Complaint c : complaints.values()) {
      long[] v = by.computeIfAbsent(c.period(), k -> new long[4]);
      v[0]++;
      v[1] += withUnit.contains(c.id()) ? 0 : 1;
      v[2] += c.noPlace() ? 1 : 0;
      v[3] += c.noIncidentDate() ? 1 : 0;
    }
    List<List<Object>> rows = new ArrayList<>();
    by.forEach(
        (key, v) -> rows.add(ReportTable.counted(f.period().label(key), v[0], v[1], v[2], v[3])));
    return new ReportTable(
        "data-quality",
        List.of(
            "period",
            "complaints",
            "missingUnit",
            "missingUnitShare",
            "missingPlace",
            "missingPlaceShare",
            "missingIncidentDate",
            "missingIncidentDateShare"),
        rows);
  }

  private ReportTable officers(int top) {
    Map<Long, Set<Long>> complaintsOf = new HashMap<>();
    Map<Long, long[]> counts = new HashMap<>();
    for (Allegation a : allegations) {
      if (a.officer() != null) {
        complaintsOf.computeIfAbsent(a.officer(), k -> new HashSet<>()).add(a.complaint());
        long[] v = counts.computeIfAbsent(a.officer(), k -> new long[2]);
        v[0]++;
        v[1] += "SUSTAINED".equals(a.disposition()) ? 1 : 0;
      }
    }
    List<Long> ids = new ArrayList<>(complaintsOf.keySet());
    ids.sort(
        Comparator.comparingInt((Long id) -> complaintsOf.get(id).size())
            .reversed()
            .thenComparing(Comparator.comparingLong((Long id) -> counts.get(id)[0]).reversed())
            .thenComparing(id -> officers.get(id).badge()));
    List<List<Object>> rows = new ArrayList<>();
    for (Long id : ids.subList(0, Math.min(top, ids.size()))) {
      Officer o = officers.get(id);
      rows.add(
          Arrays.asList(
              o.badge(),
              o.family() + ", " + o.given(),
              o.rank(),
              (long) complaintsOf.get(id).size(),
              counts.get(id)[0],
              counts.get(id)[1]));
    }
    return new ReportTable(
        "officers",
        List.of("badgeNumber", "name", "rank", "complaints", "allegations", "sustained"),
        rows);
  }
}
