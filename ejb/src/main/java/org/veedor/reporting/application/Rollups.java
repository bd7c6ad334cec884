package org.veedor.reporting.application;

import static org.veedor.reporting.application.IndicatorQueries.num;
import static org.veedor.reporting.application.IndicatorQueries.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.veedor.identity.domain.CaseRestriction;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.reporting.infrastructure.ReportDatabase;
import org.veedor.reporting.infrastructure.ReportSql;

/**
 * The indicators from the rollups (PostgreSQL; see the migration {@code V14__report_rollups}): the
 * same figures as the live queries, read from sums by month, territory, closure, sealing and
 * allegation groups that the database keeps as records change. Served when the rollups can answer
 * exactly: whole months, no unit filter, and a reader without a conflict-of-interest rule (one
 * whose own unit or officer record must be left out is answered live); the officers' figures only
 * for all time and every group.
 */
final class Rollups {

  private static final Set<String> BY_MONTH =
      Set.of(
          "volume",
          "findings",
          "substantiation",
          "disposition-time",
          "sanction-consistency",
          "appeal-reversal",
          "corruption",
          "trust",
          "data-quality");
  private static final Set<String> ALL_TIME = Set.of("officers", "concentration");

  private final ReportDatabase db;
  private final List<CaseRestriction> restrictions;
  private final IndicatorQueries live;

  /**
   * @param restrictions the reader's access restrictions for the indicator's purpose, all of them
   *     answerable by the rollups ({@link #answers})
   */
  Rollups(ReportDatabase db, List<CaseRestriction> restrictions, IndicatorQueries live) {
    this.db = db;
    this.restrictions = restrictions;
    this.live = live;
  }

  /**
   * Whether the rollups answer the reader's restrictions: whether a case is sealed and whether it
   * is closed are columns of the sums; who a case names (conflicts of interest) is not.
   */
  static boolean answers(List<CaseRestriction> restrictions) {
    return restrictions.stream().allMatch(r -> r.accept(new Columns("m", true)) != null);
  }

  static boolean serve(
      ReportDatabase db, List<CaseRestriction> restrictions, ReportFilter f, String name) {
    if (db.dialect() != ReportSql.Dialect.POSTGRESQL || f.unit() != null) {
      return false;
    }
    if (!answers(restrictions)) {
      return false;
    }
    if (BY_MONTH.contains(name)) {
      return monthStart(f.from()) && monthStart(f.to());
    }
    return ALL_TIME.contains(name) && f.from() == null && f.to() == null && f.group() == null;
  }

  private static boolean monthStart(LocalDate day) {
    return day == null || day.getDayOfMonth() == 1;
  }

  ReportTable table(String name, ReportFilter f, int top) {
    db.rows("select report_refresh()", List.of(), 0);
    return switch (name) {
      case "volume" -> volume(f);
      case "findings" -> findings(f);
      case "substantiation" ->
          perPeriod(
              f,
              "substantiation",
              List.of("period", "sustained", "disposed", "rate"),
              "sum(m.sustained), sum(m.disposed)",
              "sum(m.allegations) > 0",
              (label, r) ->
                  row(label, num(r[1]), num(r[2]), ReportTable.ratio(num(r[1]), num(r[2]))));
      case "disposition-time" -> dispositionTime(f);
      case "sanction-consistency" ->
          perPeriod(
              f,
              "sanction-consistency",
              List.of("period", "decisions", "insideRange", "share"),
              "sum(m.decisions), sum(m.inside_range)",
              "sum(m.decisions) > 0",
              (label, r) ->
                  row(label, num(r[1]), num(r[2]), ReportTable.ratio(num(r[2]), num(r[1]))));
      case "appeal-reversal" ->
          perPeriod(
              f,
              "appeal-reversal",
              List.of("period", "appealsDecided", "reversed", "modified", "reversalRate"),
              "sum(m.appeals_decided), sum(m.reversed), sum(m.modified)",
              "sum(m.decisions) > 0",
              (label, r) ->
                  row(
                      label,
                      num(r[1]),
                      num(r[2]),
                      num(r[3]),
                      ReportTable.ratio(num(r[2]), num(r[1]))));
      case "corruption" ->
          perPeriod(
              f,
              "corruption",
              List.of("period", "complaints", "corruption", "share", "organizedCrimeLinked"),
              "sum(m.complaints), sum(m.corruption), sum(m.organized_crime)",
              null,
              (label, r) ->
                  row(
                      label,
                      num(r[1]),
                      num(r[2]),
                      ReportTable.ratio(num(r[2]), num(r[1])),
                      num(r[3])));
      case "trust" ->
          perPeriod(
              f,
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
              "sum(m.complaints), sum(m.public_channel), sum(m.anonymous), sum(m.withdrawn)",
              null,
              (label, r) -> shares(label, r));
      case "data-quality" ->
          perPeriod(
              f,
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
              "sum(m.complaints), sum(m.no_unit), sum(m.no_place), sum(m.no_incident_date)",
              null,
              (label, r) -> shares(label, r));
      case "officers" -> officers(f, top);
      case "concentration" -> concentration(f);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Conditions on a rollup's columns, with their parameters in order. */
  private record Where(String sql, List<Object> params) {}

  private Where where(ReportFilter f, String alias, boolean month, boolean closed, boolean group) {
    StringBuilder sql = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (month && f.from() != null) {
      sql.append(" and ").append(alias).append(".month >= ?");
      params.add(f.from());
    }
    if (month && f.to() != null) {
      sql.append(" and ").append(alias).append(".month < ?");
      params.add(f.to());
    }
    if (f.territory() != null) {
      sql.append(" and ")
          .append(alias)
          .append(".territory_id in (select t.id from territory t where t.code = ?)");
      params.add(f.territory());
    }
    if (group && f.group() != null) {
      sql.append(" and (").append(alias).append(".group_mask & ?) <> 0");
      params.add(1 << f.group().ordinal());
    }
    sql.append(access(alias, closed));
    return new Where(sql.toString(), params);
  }

  /** The reader's restrictions as {@code and} conditions on a rollup's columns. */
  private String access(String alias, boolean hasClosed) {
    StringBuilder sql = new StringBuilder();
    Columns access = new Columns(alias, hasClosed);
    for (CaseRestriction restriction : restrictions) {
      String condition = restriction.accept(access);
      if (!condition.isEmpty()) {
        sql.append(" and ").append(condition);
      }
    }
    return sql.toString();
  }

  /**
   * The access restrictions as conditions on a rollup's columns ({@code alias.sealed}, {@code
   * alias.closed}; a table without {@code closed} holds closed complaints only); null for a
   * restriction the rollups cannot answer.
   */
  private record Columns(String alias, boolean hasClosed)
      implements CaseRestriction.Translator<String> {

    @Override
    public String notNamingOfficer(long officerId) {
      return null;
    }

    @Override
    public String notNamingUnit(long unitId) {
      return null;
    }

    @Override
    public String notNamingOfficerServingIn(long unitId) {
      return null;
    }

    @Override
    public String notSealed() {
      return alias + ".sealed = false";
    }

    @Override
    public String closedOnly() {
      return hasClosed ? alias + ".closed = true" : "";
    }
  }

  private List<Object[]> rows(String sql, List<Object> params, int max) {
    return db.rows(ReportSql.number(sql), params, max);
  }

  private ReportTable volume(ReportFilter f) {
    Where w = where(f, "m", true, true, true);
    String pk = ReportSql.periodKey(f.period(), "m.month");
    return IndicatorQueries.volumeTable(
        f.period(),
        rows(
            "select "
                + pk
                + ", sum(m.complaints), sum(m.allegations) from report_month m"
                + w.sql()
                + " group by "
                + pk
                + " order by 1",
            w.params(),
            0),
        key -> live.headcount(f, null, key));
  }

  private ReportTable findings(ReportFilter f) {
    Where w = where(f, "m", true, true, true);
    String pk = ReportSql.periodKey(f.period(), "m.month");
    List<List<Object>> out = new ArrayList<>();
    String[] names = {"EXONERATED", "NOT_SUSTAINED", "SUSTAINED", "UNDECIDED", "UNFOUNDED"};
    for (Object[] r :
        rows(
            "select "
                + pk
                + ", sum(m.exonerated), sum(m.not_sustained), sum(m.sustained),"
                + " sum(m.undecided), sum(m.unfounded) from report_month m"
                + w.sql()
                + " group by "
                + pk
                + " order by 1",
            w.params(),
            0)) {
      for (int i = 0; i < names.length; i++) {
        if (num(r[i + 1]) > 0) {
          out.add(row(f.period().label(num(r[0])), names[i], num(r[i + 1])));
        }
      }
    }
    return new ReportTable("findings", List.of("period", "finding", "allegations"), out);
  }

  private ReportTable dispositionTime(ReportFilter f) {
    Where w = where(f, "m", true, true, true);
    String pk = ReportSql.periodKey(f.period(), "m.month");
    Map<Long, long[]> counts = new TreeMap<>();
    for (Object[] r :
        rows(
            "select "
                + pk
                + ", sum(m.closed_count), sum(m.within_deadline) from report_month m"
                + w.sql()
                + " group by "
                + pk
                + " having sum(m.closed_count) > 0 order by 1",
            w.params(),
            0)) {
      counts.put(num(r[0]), new long[] {num(r[1]), num(r[2])});
    }
    Where d = where(f, "d", true, false, true);
    String dk = ReportSql.periodKey(f.period(), "d.month");
    Map<Long, List<long[]>> histograms = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select "
                + dk
                + ", d.days, sum(d.complaints) from report_close_days d"
                + d.sql()
                + " group by "
                + dk
                + ", d.days order by 1, 2",
            d.params(),
            0)) {
      histograms
          .computeIfAbsent(num(r[0]), k -> new ArrayList<>())
          .add(new long[] {num(r[1]), num(r[2])});
    }
    List<List<Object>> out = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          List<long[]> h = histograms.getOrDefault(key, List.of());
          out.add(
              row(
                  f.period().label(key),
                  c[0],
                  ReportTable.round1(percentile(h, 0.5)),
                  ReportTable.round1(percentile(h, 0.9)),
                  ReportTable.ratio(c[1], c[0])));
        });
    return new ReportTable(
        "disposition-time",
        List.of("period", "closed", "medianDays", "p90Days", "withinDeadline"),
        out);
  }

  /** percentile_cont over a histogram of (value, count), values ascending. */
  static Double percentile(List<long[]> histogram, double p) {
    long total = 0;
    for (long[] bucket : histogram) {
      total += bucket[1];
    }
    if (total == 0) {
      return null;
    }
    double position = p * (total - 1);
    long low = (long) Math.floor(position);
    long high = (long) Math.ceil(position);
    double lowValue = valueAt(histogram, low);
    double highValue = valueAt(histogram, high);
    return lowValue + (highValue - lowValue) * (position - low);
  }

  private static double valueAt(List<long[]> histogram, long index) {
    long seen = 0;
    for (long[] bucket : histogram) {
      seen += bucket[1];
      if (index < seen) {
        return bucket[0];
      }
    }
    return histogram.get(histogram.size() - 1)[0];
  }

  /**
   * The reader's class in the officers' totals (0 every case, 1 sealed left out, 2 closed only and
   * sealed left out), or -1 when the totals by class cannot answer (a territory filter).
   */
  private int visibility(ReportFilter f) {
    if (f.territory() != null) {
      return -1;
    }
    boolean sealed = restrictions.stream().noneMatch(r -> r instanceof CaseRestriction.NotSealed);
    boolean closedOnly =
        restrictions.stream().anyMatch(r -> r instanceof CaseRestriction.ClosedOnly);
    if (sealed) {
      return closedOnly ? -1 : 0;
    }
    return closedOnly ? 2 : 1;
  }

  private ReportTable officers(ReportFilter f, int top) {
    int visibility = visibility(f);
    if (visibility >= 0) {
      return officersOfClass(visibility, top);
    }
    Where w = where(f, "r", false, true, false);
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "select o.badge_number, o.family_names, o.given_names, o.officer_rank, s.n, s.a, s.su"
                + " from (select r.officer_id, sum(r.complaints) as n, sum(r.allegations) as a,"
                + " sum(r.sustained) as su from report_officer r"
                + w.sql()
                + " group by r.officer_id) s join officer o on o.id = s.officer_id"
                + " order by 5 desc, 6 desc, 1",
            w.params(),
            top)) {
      out.add(row(r[0], r[1] + ", " + r[2], r[3], num(r[4]), num(r[5]), num(r[6])));
    }
    return new ReportTable(
        "officers",
        List.of("badgeNumber", "name", "rank", "complaints", "allegations", "sustained"),
        out);
  }

  /** The officers named most, read down the class's index (ties at the last place included). */
  private ReportTable officersOfClass(int visibility, int top) {
    List<Object[]> last =
        rows(
            "select complaints, allegations from report_officer_class where visibility = ?"
                + " order by complaints desc, allegations desc offset ? limit 1",
            List.of(visibility, top - 1),
            0);
    long complaints = last.isEmpty() ? 0 : num(last.get(0)[0]);
    long allegations = last.isEmpty() ? 0 : num(last.get(0)[1]);
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "select o.badge_number, o.family_names, o.given_names, o.officer_rank, r.complaints,"
                + " r.allegations, r.sustained from report_officer_class r"
                + " join officer o on o.id = r.officer_id where r.visibility = ?"
                + " and (r.complaints > ? or (r.complaints = ? and r.allegations >= ?))"
                + " order by 5 desc, 6 desc, 1",
            List.of(visibility, complaints, complaints, allegations),
            top)) {
      out.add(row(r[0], r[1] + ", " + r[2], r[3], num(r[4]), num(r[5]), num(r[6])));
    }
    return new ReportTable(
        "officers",
        List.of("badgeNumber", "name", "rank", "complaints", "allegations", "sustained"),
        out);
  }

  private ReportTable concentration(ReportFilter f) {
    int visibility = visibility(f);
    if (visibility >= 0) {
      long officers =
          num(
              rows(
                      "select count(*) from report_officer_class where visibility = ?",
                      List.of(visibility),
                      0)
                  .get(0)[0]);
      long topOfficers = (officers * 5 + 99) / 100; // ceiling of 5 %, exactly
      Where months = where(f, "m", true, true, false);
      long naming =
          num(
              rows(
                      "select coalesce(sum(m.names_officer), 0) from report_month m" + months.sql(),
                      months.params(),
                      0)
                  .get(0)[0]);
      String kept = access("o", true);
      long namingTop =
          num(
              rows(
                      "select count(distinct o.complaint_id) from report_fact_officer o"
                          + " where o.officer_id in (select officer_id from report_officer_class"
                          + " where visibility = ? order by complaints desc, officer_id limit ?)"
                          + kept,
                      List.of(visibility, topOfficers),
                      0)
                  .get(0)[0]);
      return IndicatorQueries.concentrationTable(officers, topOfficers, naming, namingTop);
    }
    Where officers = where(f, "r", false, true, false);
    Where months = where(f, "m", true, true, false);
    Where facts = where(f, "x", false, true, false);
    List<Object> params = new ArrayList<>(officers.params());
    params.addAll(months.params());
    params.addAll(facts.params());
    Object[] r =
        rows(
                "with per_officer as (select r.officer_id as officer, sum(r.complaints) as n"
                    + " from report_officer r"
                    + officers.sql()
                    + " group by r.officer_id),"
                    + " ranked as (select officer, row_number() over (order by n desc, officer)"
                    + " as place, count(*) over () as officers from per_officer),"
                    + " top_officers as (select officer from ranked"
                    + " where place <= ceiling(officers * 0.05))"
                    + " select (select count(*) from per_officer), (select count(*) from top_officers),"
                    + " (select coalesce(sum(m.names_officer), 0) from report_month m"
                    + months.sql()
                    + "),"
                    + " (select count(distinct o.complaint_id) from report_fact_officer o"
                    + " join report_fact x on x.complaint_id = o.complaint_id"
                    + facts.sql()
                    + " and o.officer_id in (select officer from top_officers))",
                params,
                0)
            .get(0);
    return IndicatorQueries.concentrationTable(num(r[0]), num(r[1]), num(r[2]), num(r[3]));
  }

  private ReportTable perPeriod(
      ReportFilter f,
      String name,
      List<String> columns,
      String sums,
      String having,
      java.util.function.BiFunction<String, Object[], List<Object>> toRow) {
    Where w = where(f, "m", true, true, true);
    String pk = ReportSql.periodKey(f.period(), "m.month");
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "select "
                + pk
                + ", "
                + sums
                + " from report_month m"
                + w.sql()
                + " group by "
                + pk
                + (having == null ? "" : " having " + having)
                + " order by 1",
            w.params(),
            0)) {
      out.add(toRow.apply(f.period().label(num(r[0])), r));
    }
    return new ReportTable(name, columns, out);
  }

  private static List<Object> shares(String label, Object[] r) {
    return ReportTable.counted(label, num(r[1]), num(r[2]), num(r[3]), num(r[4]));
  }
}
