package org.veedor.reporting.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.CaseRestriction;
import org.veedor.identity.domain.Viewer;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportRefusal;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.reporting.infrastructure.ReportDatabase;
import org.veedor.reporting.infrastructure.ReportSql;

/**
 * The indicators' queries for one reader (their access rules apply), on an entity manager: each one
 * aggregate query in the database; rows come back as counts, and only period labels and ratios are
 * worked out here. {@link Indicators} serves them to callers; a report built in the background uses
 * them with the reader who asked for it.
 */
public final class IndicatorQueries {

  private final ReportDatabase db;
  private final Viewer viewer;

  private final boolean rollups;

  /** The queries on a database for a reader (null: no access rule, as for the benchmark). */
  public IndicatorQueries(ReportDatabase db, Viewer viewer) {
    this(db, viewer, true);
  }

  /** The same, with the rollups used where they answer exactly, or never (to compare). */
  public IndicatorQueries(ReportDatabase db, Viewer viewer, boolean rollups) {
    this.db = db;
    this.viewer = viewer;
    this.rollups = rollups;
  }

  /** One indicator by name. */
  public ReportTable table(String name, ReportFilter filter, int top) {
    List<CaseRestriction> restrictions =
        viewer == null ? List.of() : AccessPolicy.restrictions(viewer, purposeOf(name));
    if (rollups && Rollups.serve(db, restrictions, filter, name)) {
      return new Rollups(db, restrictions, this).table(name, filter, top);
    }
    return switch (name) {
      case "volume" -> volume(filter);
      case "findings" -> findings(filter);
      case "substantiation" -> substantiation(filter);
      case "disposition-time" -> dispositionTime(filter);
      case "sanction-consistency" -> sanctionConsistency(filter);
      case "appeal-reversal" -> appealReversal(filter);
      case "concentration" -> concentration(filter);
      case "corruption" -> corruption(filter);
      case "trust" -> trust(filter);
      case "data-quality" -> dataQuality(filter);
      case "officers" -> officers(filter, top);
      default ->
          throw new InvalidInputException("indicator", InputReason.NOT_ONE_OF, Indicators.NAMES);
    };
  }

  /**
   * Why an indicator reads cases: the officers named most lists persons (the cases the reader may
   * not read are left out); every other indicator counts (sealed and open cases included).
   */
  static AccessPolicy.Purpose purposeOf(String name) {
    return name.equals("officers") ? AccessPolicy.Purpose.READ : AccessPolicy.Purpose.COUNT;
  }

  /** Complaints and allegations per period, and complaints per 100 officers serving in it. */
  public ReportTable volume(ReportFilter f) {
    Scope s = scope(f);
    String pk = ReportSql.periodKey(f.period());
    List<Object[]> rows =
        s.sql.rows(
            db,
            "select "
                + pk
                + ", count(distinct c.id), count(a.id) from complaint c"
                + " left join allegation a on a.complaint_id = c.id"
                + s.sql.where()
                + " group by "
                + pk
                + " order by 1",
            0);
    return volumeTable(f.period(), rows, key -> headcount(f, s.unitPath, key));
  }

  /**
   * The volume table from rows of (period key, complaints, allegations), with the headcount of each
   * period: the same shape whether the rows come from the records or from the rollups.
   */
  static ReportTable volumeTable(
      Period period, List<Object[]> rows, java.util.function.LongUnaryOperator headcountOf) {
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r : rows) {
      long key = num(r[0]);
      long complaints = num(r[1]);
      long headcount = headcountOf.applyAsLong(key);
      out.add(
          row(
              period.label(key),
              complaints,
              num(r[2]),
              headcount,
              headcount == 0 ? null : ReportTable.round1(complaints * 100.0 / headcount)));
    }
    return new ReportTable(
        "volume",
        List.of("period", "complaints", "allegations", "officers", "per100Officers"),
        out);
  }

  /** Allegations by final finding (UNDECIDED while none), per period. */
  public ReportTable findings(ReportFilter f) {
    Scope s = scope(f);
    String pk = ReportSql.periodKey(f.period());
    List<Object[]> rows =
        s.sql.rows(
            db,
            "select "
                + pk
                + ", coalesce(a.disposition, 'UNDECIDED'), count(*) from complaint c"
                + " join allegation a on a.complaint_id = c.id"
                + s.sql.where()
                + " group by "
                + pk
                + ", coalesce(a.disposition, 'UNDECIDED') order by 1, 2",
            0);
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(row(f.period().label(num(r[0])), r[1], num(r[2])));
    }
    return new ReportTable("findings", List.of("period", "finding", "allegations"), out);
  }

  /** Sustained allegations over disposed ones, per period. */
  public ReportTable substantiation(ReportFilter f) {
    return perPeriod(
        f,
        "substantiation",
        List.of("period", "sustained", "disposed", "rate"),
        "sum(case when a.disposition = 'SUSTAINED' then 1 else 0 end),"
            + " sum(case when a.disposition is not null then 1 else 0 end)",
        " join allegation a on a.complaint_id = c.id",
        (label, r) -> row(label, num(r[1]), num(r[2]), ReportTable.ratio(num(r[1]), num(r[2]))));
  }

  /** Days from receipt to closure: median, 90th percentile, and the share within the deadline. */
  public ReportTable dispositionTime(ReportFilter f) {
    Scope s = scope(f);
    s.sql.and("c.closed_at is not null");
    String days = db.dialect().days("c.received_at", "c.closed_at");
    String wholeDays = "floor(" + days + ")";
    String pk = ReportSql.periodKey(f.period());
    List<Object[]> rows =
        s.sql.rows(
            db,
            "select "
                + pk
                + ", count(*), percentile_cont(0.5) within group (order by "
                + wholeDays
                + "), percentile_cont(0.9) within group (order by "
                + wholeDays
                + "), sum(case when "
                + days
                + " <= coalesce(c.deadline_days, "
                + Indicators.DEFAULT_DEADLINE_DAYS
                + ") then 1 else 0 end) from complaint c"
                + s.sql.where()
                + " group by "
                + pk
                + " order by 1",
            0);
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          row(
              f.period().label(num(r[0])),
              num(r[1]),
              ReportTable.round1((Number) r[2]),
              ReportTable.round1((Number) r[3]),
              ReportTable.ratio(num(r[4]), num(r[1]))));
    }
    return new ReportTable(
        "disposition-time",
        List.of("period", "closed", "medianDays", "p90Days", "withinDeadline"),
        out);
  }

  /** Sanction decisions inside the discipline matrix's range, per period. */
  public ReportTable sanctionConsistency(ReportFilter f) {
    return perPeriod(
        f,
        "sanction-consistency",
        List.of("period", "decisions", "insideRange", "share"),
        "count(*), sum(case when d.inside_range = true then 1 else 0 end)",
        " join sanction_decision d on d.complaint_id = c.id",
        (label, r) -> row(label, num(r[1]), num(r[2]), ReportTable.ratio(num(r[2]), num(r[1]))));
  }

  /** Appeals decided, and how many reversed or modified the sanction, per period. */
  public ReportTable appealReversal(ReportFilter f) {
    return perPeriod(
        f,
        "appeal-reversal",
        List.of("period", "appealsDecided", "reversed", "modified", "reversalRate"),
        "sum(case when d.appeal_outcome is not null then 1 else 0 end),"
            + " sum(case when d.appeal_outcome = 'REVERSED' then 1 else 0 end),"
            + " sum(case when d.appeal_outcome = 'MODIFIED' then 1 else 0 end)",
        " join sanction_decision d on d.complaint_id = c.id",
        (label, r) ->
            row(label, num(r[1]), num(r[2]), num(r[3]), ReportTable.ratio(num(r[2]), num(r[1]))));
  }

  /** The share of complaints naming the top 5 % of officers (by complaints naming them). */
  public ReportTable concentration(ReportFilter f) {
    Scope s = scope(f);
    // one common table only: H2 loses the parameters of a common table that another one reads
    String named =
        "select officer, complaint, dense_rank() over (order by n desc, officer) as place"
            + " from (select officer, complaint, count(*) over (partition by officer) as n"
            + " from (select distinct a.officer_id as officer, c.id as complaint from complaint c"
            + " join allegation a on a.complaint_id = c.id"
            + s.sql.where()
            + " and a.officer_id is not null) pairs) counted";
    String top = "place <= ceiling((select max(place) from named) * 0.05)";
    List<Object[]> rows =
        s.sql.rows(
            db,
            "with named as ("
                + named
                + ") select (select count(distinct officer) from named),"
                + " (select count(distinct officer) from named where "
                + top
                + "), (select count(distinct complaint) from named),"
                + " (select count(distinct complaint) from named where "
                + top
                + ") from (select 1 as one) once",
            0);
    Object[] r = rows.get(0);
    return concentrationTable(num(r[0]), num(r[1]), num(r[2]), num(r[3]));
  }

  /**
   * The concentration table: officers named, the top 5 % of them, complaints naming any officer and
   * those naming one of the top, with the share; the same shape from the records or the rollups.
   */
  static ReportTable concentrationTable(
      long officersNamed, long topOfficers, long naming, long namingTop) {
    return new ReportTable(
        "concentration",
        List.of(
            "officersNamed",
            "topOfficers",
            "complaintsNamingOfficers",
            "complaintsNamingTopOfficers",
            "share"),
        List.of(
            row(
                officersNamed,
                topOfficers,
                naming,
                namingTop,
                ReportTable.ratio(namingTop, naming))));
  }

  /** Complaints with a corruption allegation, and those linked to organized crime, per period. */
  public ReportTable corruption(ReportFilter f) {
    return perPeriod(
        f,
        "corruption",
        List.of("period", "complaints", "corruption", "share", "organizedCrimeLinked"),
        "count(*), sum(case when exists (select 1 from allegation k join allegation_category kc"
            + " on kc.id = k.category_id where k.complaint_id = c.id"
            + " and kc.category_group = 'CORRUPTION') then 1 else 0 end),"
            + " sum(case when c.organized_crime_link = true then 1 else 0 end)",
        "",
        (label, r) ->
            row(label, num(r[1]), num(r[2]), ReportTable.ratio(num(r[2]), num(r[1])), num(r[3])));
  }

  /** Trust proxies: filed by the public, anonymous, withdrawn; per period. */
  public ReportTable trust(ReportFilter f) {
    return perPeriod(
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
        "count(*), sum(case when c.channel in ('PUBLIC_WEB', 'WALK_IN', 'PHONE', 'MAIL')"
            + " then 1 else 0 end), sum(case when c.complainant_anonymous = true then 1 else 0 end),"
            + " sum(case when c.withdrawn_at is not null then 1 else 0 end)",
        "",
        (label, r) -> ReportTable.counted(label, num(r[1]), num(r[2]), num(r[3]), num(r[4])));
  }

  /** Records missing a unit (no allegation names one), a place, or an incident date. */
  public ReportTable dataQuality(ReportFilter f) {
    return perPeriod(
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
        "count(*), sum(case when not exists (select 1 from allegation q where q.complaint_id = c.id"
            + " and q.unit_id is not null) then 1 else 0 end),"
            + " sum(case when c.place is null or trim(c.place) = '' then 1 else 0 end),"
            + " sum(case when c.incident_date is null then 1 else 0 end)",
        "",
        (label, r) -> ReportTable.counted(label, num(r[1]), num(r[2]), num(r[3]), num(r[4])));
  }

  /** The officers named in the most complaints, with their allegations and sustained ones. */
  public ReportTable officers(ReportFilter f, int top) {
    // persons are listed: the officers of cases the reader may not read are left out
    if (top < 1 || top > 1000) {
      throw new InvalidInputException("top", InputReason.BETWEEN, 1, 1000);
    }
    Scope s = scope(f, AccessPolicy.Purpose.READ);
    List<Object[]> rows =
        s.sql.rows(
            db,
            "select o.badge_number, o.family_names, o.given_names, o.officer_rank,"
                + " count(distinct c.id), count(a.id),"
                + " sum(case when a.disposition = 'SUSTAINED' then 1 else 0 end)"
                + " from complaint c join allegation a on a.complaint_id = c.id"
                + " join officer o on o.id = a.officer_id"
                + s.sql.where()
                + " group by o.id, o.badge_number, o.family_names, o.given_names, o.officer_rank"
                + " order by 5 desc, 6 desc, 1",
            top);
    List<List<Object>> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(row(r[0], r[1] + ", " + r[2], r[3], num(r[4]), num(r[5]), num(r[6])));
    }
    return new ReportTable(
        "officers",
        List.of("badgeNumber", "name", "rank", "complaints", "allegations", "sustained"),
        out);
  }

  private ReportTable perPeriod(
      ReportFilter f,
      String name,
      List<String> columns,
      String aggregates,
      String join,
      BiFunction<String, Object[], List<Object>> toRow) {
    Scope s = scope(f);
    String pk = ReportSql.periodKey(f.period());
    List<Object[]> rows =
        s.sql.rows(
            db,
            "select "
                + pk
                + ", "
                + aggregates
                + " from complaint c"
                + join
                + s.sql.where()
                + " group by "
                + pk
                + " order by 1",
            0);
    Map<Long, List<Object>> out = new TreeMap<>();
    for (Object[] r : rows) {
      long key = num(r[0]);
      out.put(key, toRow.apply(f.period().label(key), r));
    }
    return new ReportTable(name, columns, new ArrayList<>(out.values()));
  }

  /** Officers serving in the period (an assignment overlapping it), in the filter's units. */
  long headcount(ReportFilter f, String unitPath, long key) {
    StringBuilder sql =
        new StringBuilder(
            "select count(distinct s.officer_id) from assignment s join unit u on u.id = s.unit_id"
                + " where s.start_date < ?1 and (s.end_date is null or s.end_date >= ?2)");
    List<Object> params = new ArrayList<>();
    params.add(f.period().end(key));
    params.add(f.period().start(key));
    if (unitPath != null) {
      sql.append(" and u.tree_path like ?3");
      params.add(unitPath + "%");
    }
    if (f.territory() != null) {
      sql.append(" and u.territory_id in (select t.id from territory t where t.code = ?")
          .append(params.size() + 1)
          .append(")");
      params.add(f.territory());
    }
    return num(db.rows(sql.toString(), params, 0).get(0)[0]);
  }

  private record Scope(ReportSql sql, String unitPath) {}

  /** The filter's unit and the reader's restrictions for a figure that counts cases. */
  private Scope scope(ReportFilter f) {
    return scope(f, AccessPolicy.Purpose.COUNT);
  }

  private Scope scope(ReportFilter f, AccessPolicy.Purpose purpose) {
    String unitPath = null;
    if (f.unit() != null) {
      List<Object[]> paths =
          db.rows("select tree_path from unit where code = ?1", List.of(f.unit()), 0);
      if (paths.isEmpty()) {
        throw new InvalidInputException("unit", ReportRefusal.NO_SUCH_UNIT, f.unit());
      }
      unitPath = (String) paths.get(0)[0];
    }
    if (f.territory() != null
        && num(
                db.rows("select count(*) from territory where code = ?1", List.of(f.territory()), 0)
                    .get(0)[0])
            == 0) {
      throw new InvalidInputException("territory", ReportRefusal.NO_SUCH_TERRITORY, f.territory());
    }
    return new Scope(ReportSql.of(viewer, purpose, f, unitPath), unitPath);
  }

  static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static List<Object> row(Object... values) {
    return java.util.Arrays.asList(values);
  }
}
