package org.veedor.reporting.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.veedor.reporting.application.Indicator;
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
      LocalDate receivedOn,
      LocalDate closedOn,
      String channel,
      boolean anonymous,
      boolean withdrawn,
      boolean noPlace,
      boolean noIncidentDate,
      Integer deadlineDays,
      boolean organizedCrime) {}

  record Allegation(
      long complaint, Long officer, Long unit, String category, String group, String disposition) {}

  record Decision(long complaint, boolean insideRange, String appealOutcome) {}

  record Officer(String badge, String family, String given, String rank) {}

  record Posting(long officer, long unit, LocalDate start, LocalDate end, String territory) {}

  /** A unit of the tree: its parent (null at the top), code and name. */
  record Unit(long id, Long parent, String code, String name) {}

  private final Map<Long, Complaint> complaints = new HashMap<>();
  private final List<Allegation> allegations = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final Map<Long, Officer> officers = new HashMap<>();
  private final List<Posting> postings = new ArrayList<>();
  private final Map<Long, Unit> units = new HashMap<>();
  private Map<Long, List<Allegation>> allegationsByComplaint;

  static InJava load(Connection db, ReportFilter view) throws SQLException {
    InJava data = new InJava();
    // the instants read a day wider than the range (no zone is a day from UTC), then each
    // complaint's calendar day of receipt worked out in its own zone and held to the range
    String where = " where 1 = 1";
    List<Object> params = new ArrayList<>();
    if (view.from() != null) {
      where += " and c.received_at >= ?";
      params.add(DashboardBench.utc(view.from().minusDays(1)));
    }
    if (view.to() != null) {
      where += " and c.received_at < ?";
      params.add(DashboardBench.utc(view.to().plusDays(2)));
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
                + " c.incident_date is null, c.deadline_days, c.organized_crime_link,"
                + " c.record_zone from complaint c"
                + where,
            params)) {
      while (rs.next()) {
        ZoneId zone = ZoneId.of(rs.getString(11));
        OffsetDateTime received = rs.getObject(2, OffsetDateTime.class);
        OffsetDateTime closed = rs.getObject(3, OffsetDateTime.class);
        LocalDate receivedOn = received.atZoneSameInstant(zone).toLocalDate();
        if (view.from() != null && receivedOn.isBefore(view.from())
            || view.to() != null && receivedOn.isAfter(view.to())) {
          continue;
        }
        data.complaints.put(
            rs.getLong(1),
            new Complaint(
                rs.getLong(1),
                view.period().key(receivedOn.getYear(), receivedOn.getMonthValue()),
                receivedOn,
                closed == null ? null : closed.atZoneSameInstant(zone).toLocalDate(),
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
            "select a.complaint_id, a.officer_id, a.unit_id, g.code, g.category_group,"
                + " a.disposition"
                + " from allegation a join allegation_category g on g.id = a.category_id"
                + " join complaint c on c.id = a.complaint_id"
                + where,
            params)) {
      while (rs.next()) {
        if (!data.complaints.containsKey(rs.getLong(1))) {
          continue;
        }
        data.allegations.add(
            new Allegation(
                rs.getLong(1),
                (Long) rs.getObject(2),
                (Long) rs.getObject(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)));
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
        if (!data.complaints.containsKey(rs.getLong(1))) {
          continue;
        }
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
            "select s.officer_id, s.unit_id, s.start_date, s.end_date, t.code from assignment s"
                + " join unit u on u.id = s.unit_id join territory t on t.id = u.territory_id",
            List.of())) {
      while (rs.next()) {
        data.postings.add(
            new Posting(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class),
                rs.getString(5)));
      }
    }
    try (ResultSet rs = query(db, "select id, parent_id, code, name from unit", List.of())) {
      while (rs.next()) {
        data.units.put(
            rs.getLong(1),
            new Unit(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4)));
      }
    }
    data.narrow(view);
    return data;
  }

  /**
   * The filter's unit and allegation group, applied here rather than in SQL: a complaint stays when
   * one of its allegations names a unit at or below the filter's unit (walking up the parents, not
   * by the materialised path), and when one is of the group.
   */
  private void narrow(ReportFilter view) {
    Long unit = view.unit() == null ? null : unitId(view.unit());
    Set<Long> keep = new HashSet<>();
    for (Complaint c : complaints.values()) {
      boolean inUnit = unit == null;
      boolean inGroup = view.group() == null;
      for (Allegation a : allegationsOf(c.id())) {
        inUnit = inUnit || (a.unit() != null && within(a.unit(), unit));
        inGroup = inGroup || view.group().name().equals(a.group());
      }
      if (inUnit && inGroup) {
        keep.add(c.id());
      }
    }
    complaints.keySet().retainAll(keep);
    allegations.removeIf(a -> !keep.contains(a.complaint()));
    decisions.removeIf(d -> !keep.contains(d.complaint()));
  }

  private List<Allegation> allegationsOf(long complaint) {
    if (allegationsByComplaint == null) {
      allegationsByComplaint = new HashMap<>();
      allegations.forEach(
          a ->
              allegationsByComplaint.computeIfAbsent(a.complaint(), k -> new ArrayList<>()).add(a));
    }
    return allegationsByComplaint.getOrDefault(complaint, List.of());
  }

  private long unitId(String code) {
    return units.values().stream()
        .filter(u -> u.code().equals(code))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /** Whether a unit is the other or below it, by the parents. */
  private boolean within(long unit, long top) {
    for (Long at = unit; at != null; at = units.get(at).parent()) {
      if (at == top) {
        return true;
      }
    }
    return false;
  }

  /** Whether an officer's posting counts for the filter: its territory and unit. */
  private boolean postedWithin(Posting p, ReportFilter f) {
    return (f.territory() == null || f.territory().equals(p.territory()))
        && (f.unit() == null || within(p.unit(), unitId(f.unit())));
  }

  /** Whether a posting overlaps the days from {@code start} until before {@code end}. */
  private static boolean serving(Posting p, LocalDate start, LocalDate end) {
    return p.start().isBefore(end) && (p.end() == null || !p.end().isBefore(start));
  }

  /** Calendar days from receipt to closure in the record's zone, as the indicators count them. */
  private static double daysToClose(Complaint c) {
    return ChronoUnit.DAYS.between(c.receivedOn(), c.closedOn());
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

  /**
   * An indicator's table from the rows in memory: its figures computed here, in the order and
   * layout its queries return them, shaped by the catalogue as the server shapes them.
   */
  ReportTable table(Indicator indicator, ReportFilter f, int top) {
    List<Object[]> figures =
        switch (indicator) {
          case VOLUME -> volume(f);
          case FINDINGS -> findings();
          case SUBSTANTIATION -> substantiation();
          case DISPOSITION_TIME -> dispositionTime();
          case SANCTION_CONSISTENCY -> perPeriodOfDecisions(false);
          case APPEAL_REVERSAL -> perPeriodOfDecisions(true);
          case CONCENTRATION -> concentration();
          case CORRUPTION -> corruption();
          case TRUST -> trust();
          case DATA_QUALITY -> dataQuality();
          case CATEGORY_VOLUME -> categoryVolume();
          case UNIT_COMPARISON -> unitComparison(f);
          case OFFICERS -> officers(top);
        };
    return indicator.table(f.period(), figures);
  }

  /** Per period: complaints, allegations, officers serving in it. */
  private List<Object[]> volume(ReportFilter f) {
    Map<Long, long[]> by = new TreeMap<>();
    complaints.values().forEach(c -> by.computeIfAbsent(c.period(), k -> new long[2])[0]++);
    allegations.forEach(a -> by.get(complaints.get(a.complaint()).period())[1]++);
    List<Object[]> figures = new ArrayList<>();
    by.forEach(
        (key, v) -> {
          LocalDate start = f.period().start(key);
          LocalDate end = f.period().end(key);
          Set<Long> serving = new HashSet<>();
          for (Posting p : postings) {
            if (serving(p, start, end) && postedWithin(p, f)) {
              serving.add(p.officer());
            }
          }
          figures.add(new Object[] {key, v[0], v[1], (long) serving.size()});
        });
    return figures;
  }

  /** Per period and finding: allegations. */
  private List<Object[]> findings() {
    Map<Long, Map<String, Long>> by = new TreeMap<>();
    for (Allegation a : allegations) {
      by.computeIfAbsent(complaints.get(a.complaint()).period(), k -> new TreeMap<>())
          .merge(a.disposition() == null ? "UNDECIDED" : a.disposition(), 1L, Long::sum);
    }
    List<Object[]> figures = new ArrayList<>();
    by.forEach((key, m) -> m.forEach((d, n) -> figures.add(new Object[] {key, d, n})));
    return figures;
  }

  /** Per period: sustained, disposed. */
  private List<Object[]> substantiation() {
    Map<Long, long[]> by = new TreeMap<>();
    for (Allegation a : allegations) {
      long[] v = by.computeIfAbsent(complaints.get(a.complaint()).period(), k -> new long[2]);
      v[0] += "SUSTAINED".equals(a.disposition()) ? 1 : 0;
      v[1] += a.disposition() != null ? 1 : 0;
    }
    return perPeriod(by);
  }

  /**
   * Per period: closed, median and 90th percentile of calendar days in the record's zone, closed
   * within the deadline.
   */
  private List<Object[]> dispositionTime() {
    Map<Long, List<double[]>> by = new TreeMap<>();
    for (Complaint c : complaints.values()) {
      if (c.closedOn() != null) {
        double days = daysToClose(c);
        int deadline =
            c.deadlineDays() == null ? Indicator.DEFAULT_DEADLINE_DAYS : c.deadlineDays();
        by.computeIfAbsent(c.period(), k -> new ArrayList<>()).add(new double[] {days, deadline});
      }
    }
    List<Object[]> figures = new ArrayList<>();
    by.forEach(
        (key, list) -> {
          double[] days = list.stream().mapToDouble(d -> d[0]).sorted().toArray();
          long within = list.stream().filter(d -> d[0] <= d[1]).count();
          figures.add(
              new Object[] {key, (long) days.length, cont(days, 0.5), cont(days, 0.9), within});
        });
    return figures;
  }

  /** percentile_cont: linear between the two nearest ranks. */
  private static double cont(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = (int) Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  }

  /** Per period: appeals decided, reversed, modified; or decisions and those inside the range. */
  private List<Object[]> perPeriodOfDecisions(boolean appeals) {
    Map<Long, long[]> by = new TreeMap<>();
    for (Decision d : decisions) {
      long[] v =
          by.computeIfAbsent(
              complaints.get(d.complaint()).period(), k -> new long[appeals ? 3 : 2]);
      if (appeals) {
        v[0] += d.appealOutcome() != null ? 1 : 0;
        v[1] += "REVERSED".equals(d.appealOutcome()) ? 1 : 0;
        v[2] += "MODIFIED".equals(d.appealOutcome()) ? 1 : 0;
      } else {
        v[0]++;
        v[1] += d.insideRange() ? 1 : 0;
      }
    }
    return perPeriod(by);
  }

  /** Officers named, the top 5 % of them, complaints naming any, complaints naming the top. */
  private List<Object[]> concentration() {
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
    List<Object[]> figures = new ArrayList<>();
    figures.add(
        new Object[] {
          (long) ranked.size(), (long) top, (long) naming.size(), (long) namingTop.size()
        });
    return figures;
  }

  /** Per period: complaints, those alleging corruption, those linked to organized crime. */
  private List<Object[]> corruption() {
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
    return perPeriod(by);
  }

  /** Per period: complaints, filed by the public, anonymous, withdrawn. */
  private List<Object[]> trust() {
    Set<String> publicChannels = Set.of("PUBLIC_WEB", "WALK_IN", "PHONE", "MAIL");
    Map<Long, long[]> by = new TreeMap<>();
    for (Complaint c : complaints.values()) {
      long[] v = by.computeIfAbsent(c.period(), k -> new long[4]);
      v[0]++;
      v[1] += publicChannels.contains(c.channel()) ? 1 : 0;
      v[2] += c.anonymous() ? 1 : 0;
      v[3] += c.withdrawn() ? 1 : 0;
    }
    return perPeriod(by);
  }

  /** Per period: complaints, missing a unit, a place, an incident date. */
  private List<Object[]> dataQuality() {
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
    return perPeriod(by);
  }

  /** Per period, group and category: complaints alleging it, allegations of it. */
  private List<Object[]> categoryVolume() {
    Map<List<Object>, Set<Long>> complaintsBy = new TreeMap<>(InJava::byKeyGroupCategory);
    Map<List<Object>, Long> allegationsBy = new HashMap<>();
    for (Allegation a : allegations) {
      List<Object> key = List.of(complaints.get(a.complaint()).period(), a.group(), a.category());
      complaintsBy.computeIfAbsent(key, k -> new HashSet<>()).add(a.complaint());
      allegationsBy.merge(key, 1L, Long::sum);
    }
    List<Object[]> figures = new ArrayList<>();
    complaintsBy.forEach(
        (key, naming) ->
            figures.add(
                new Object[] {
                  key.get(0), key.get(1), key.get(2), (long) naming.size(), allegationsBy.get(key)
                }));
    return figures;
  }

  private static int byKeyGroupCategory(List<Object> x, List<Object> y) {
    int c = Long.compare((Long) x.get(0), (Long) y.get(0));
    c = c != 0 ? c : ((String) x.get(1)).compareTo((String) y.get(1));
    return c != 0 ? c : ((String) x.get(2)).compareTo((String) y.get(2));
  }

  /**
   * Per unit directly below the filter's unit (or at the top without one), each over its subtree by
   * walking up the parents: code, name, (no path), complaints, allegations, sustained, disposed,
   * median whole days to close, officers serving in it over the filter's dates.
   */
  private List<Object[]> unitComparison(ReportFilter f) {
    Long parent = f.unit() == null ? null : unitId(f.unit());
    List<Unit> rows =
        units.values().stream()
            .filter(u -> java.util.Objects.equals(u.parent(), parent))
            .sorted(Comparator.comparing(Unit::code))
            .toList();
    LocalDate start = f.from() == null ? LocalDate.of(1900, 1, 1) : f.from();
    LocalDate end = f.to() == null ? LocalDate.of(9999, 1, 1) : f.to().plusDays(1); // to inclusive
    List<Object[]> figures = new ArrayList<>();
    for (Unit row : rows) {
      Set<Long> naming = new HashSet<>();
      long alleged = 0;
      long sustained = 0;
      long disposed = 0;
      for (Allegation a : allegations) {
        if (a.unit() != null && within(a.unit(), row.id())) {
          naming.add(a.complaint());
          alleged++;
          sustained += "SUSTAINED".equals(a.disposition()) ? 1 : 0;
          disposed += a.disposition() != null ? 1 : 0;
        }
      }
      double[] days =
          naming.stream()
              .map(complaints::get)
              .filter(c -> c.closedOn() != null)
              .mapToDouble(InJava::daysToClose)
              .sorted()
              .toArray();
      Set<Long> serving = new HashSet<>();
      for (Posting p : postings) {
        if (serving(p, start, end)
            && within(p.unit(), row.id())
            && (f.territory() == null || f.territory().equals(p.territory()))) {
          serving.add(p.officer());
        }
      }
      figures.add(
          new Object[] {
            row.code(),
            row.name(),
            null,
            (long) naming.size(),
            alleged,
            sustained,
            disposed,
            days.length == 0 ? null : cont(days, 0.5),
            (long) serving.size()
          });
    }
    return figures;
  }

  /** The officers named most: badge, names, rank, complaints, allegations, sustained. */
  private List<Object[]> officers(int top) {
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
    List<Object[]> figures = new ArrayList<>();
    for (Long id : ids.subList(0, Math.min(top, ids.size()))) {
      Officer o = officers.get(id);
      figures.add(
          new Object[] {
            o.badge(),
            o.family(),
            o.given(),
            o.rank(),
            (long) complaintsOf.get(id).size(),
            counts.get(id)[0],
            counts.get(id)[1]
          });
    }
    return figures;
  }

  /** Figures by period key, the key first. */
  private static List<Object[]> perPeriod(Map<Long, long[]> by) {
    List<Object[]> figures = new ArrayList<>();
    by.forEach(
        (key, v) -> {
          Object[] row = new Object[v.length + 1];
          row[0] = key;
          for (int i = 0; i < v.length; i++) {
            row[i + 1] = v[i];
          }
          figures.add(row);
        });
    return figures;
  }
}
