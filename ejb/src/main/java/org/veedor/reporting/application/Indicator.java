package org.veedor.reporting.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;

/**
 * The catalogue of indicators (DOMAIN.md: results, not processes), each declared once, here: its id
 * (as the reports API, the bundles and the audit trail name it), what its rows are by, its table's
 * columns, its live query over the records, its query over the rollups where one exists and when
 * that may answer, and how a row of figures becomes a row of the table. {@link IndicatorQueries}
 * runs them for the server and for the dashboard benchmark, which computes the same figures in Java
 * and shapes them here too.
 *
 * <p>Both queries of an indicator return the same figures, one row each: by period, the period's
 * key ({@link Period#key}) first. A live query is over complaints {@code c}; {@code {where}} stands
 * for the filter's and the reader's conditions ({@code where 1 = 1 and ...}, so the query may go on
 * with {@code and}), {@code {period}} for the period of receipt, {@code {days_to_close}} for the
 * days from receipt to closure in the database's dialect, {@code {default_deadline_days}} for
 * {@link #DEFAULT_DEADLINE_DAYS}, {@code {row_units:u}} for the units a comparison of units has
 * rows for. A rollup query names a rollup table by its alias: {@code {where:m}} and {@code
 * {period:m}} for {@code report_month m} (see {@link Rollups}).
 */
public enum Indicator {

  /** Complaints and allegations per period, and complaints per 100 officers serving in it. */
  VOLUME(
      indicator("volume")
          .by(Dimension.PERIOD)
          .columns("period", "complaints", "allegations", "officers", "per100Officers")
          .live(
              """
              select {period}, count(distinct c.id), count(a.id)
              from complaint c
              left join allegation a on a.complaint_id = c.id
              {where}
              group by {period}
              order by 1
              """)
          .rollup(
              Grain.MONTHS,
              """
              select {period:m}, sum(m.complaints), sum(m.allegations)
              from report_month m
              {where:m}
              group by {period:m}
              order by 1
              """)
          // the officers serving in the period (IndicatorQueries#officersServing) come last
          .perHundredOfficersServing()
          .row(
              f ->
                  row(
                      f.period(),
                      f.count(1),
                      f.count(2),
                      f.count(3),
                      f.count(3) == 0
                          ? null
                          : ReportTable.round1(f.count(1) * 100.0 / f.count(3))))),

  /** Allegations by final finding (UNDECIDED while none), per period. */
  FINDINGS(
      indicator("findings")
          .by(Dimension.PERIOD, Dimension.FINDING)
          .columns("period", "finding", "allegations")
          .live(
              """
              select {period}, coalesce(a.disposition, 'UNDECIDED'), count(*)
              from complaint c
              join allegation a on a.complaint_id = c.id
              {where}
              group by {period}, coalesce(a.disposition, 'UNDECIDED')
              order by 1, 2
              """)
          .rollup(
              Grain.MONTHS,
              """
              select {period:m}, f.finding, sum(f.allegations)
              from report_month m
              cross join lateral (values
                ('EXONERATED', m.exonerated),
                ('NOT_SUSTAINED', m.not_sustained),
                ('SUSTAINED', m.sustained),
                ('UNDECIDED', m.undecided),
                ('UNFOUNDED', m.unfounded)) f (finding, allegations)
              {where:m}
              group by {period:m}, f.finding
              having sum(f.allegations) > 0
              order by 1, 2
              """)
          .row(f -> row(f.period(), f.value(1), f.count(2)))),

  /** Sustained allegations over disposed ones, per period. */
  SUBSTANTIATION(
      indicator("substantiation")
          .by(Dimension.PERIOD)
          .columns("period", "sustained", "disposed", "rate")
          .live(
              """
              select {period},
                sum(case when a.disposition = 'SUSTAINED' then 1 else 0 end),
                sum(case when a.disposition is not null then 1 else 0 end)
              from complaint c
              join allegation a on a.complaint_id = c.id
              {where}
              group by {period}
              order by 1
              """)
          .rollup(
              Grain.MONTHS,
              """
              select {period:m}, sum(m.sustained), sum(m.disposed)
              from report_month m
              {where:m}
              group by {period:m}
              having sum(m.allegations) > 0
              order by 1
              """)
          .row(
              f ->
                  row(
                      f.period(),
                      f.count(1),
                      f.count(2),
                      ReportTable.ratio(f.count(1), f.count(2))))),

  /**
   * Calendar days from receipt to closure, in the record's zone: median and 90th percentile
   * (continuous: interpolated between the two nearest closures, as PostgreSQL's {@code
   * percentile_cont}), and the share within the deadline. The rollups keep how many complaints
   * closed after how many days, so their percentiles are exact ({@link Rollups#percentile}).
   */
  DISPOSITION_TIME(
      indicator("disposition-time")
          .by(Dimension.PERIOD)
          .columns("period", "closed", "medianDays", "p90Days", "withinDeadline")
          .live(
              """
              select {period}, count(*),
                percentile_cont(0.5) within group (order by {days_to_close}),
                percentile_cont(0.9) within group (order by {days_to_close}),
                sum(case when {days_to_close} <= coalesce(c.deadline_days, {default_deadline_days})
                  then 1 else 0 end)
              from complaint c
              {where}
                and c.closed_on is not null
              group by {period}
              order by 1
              """)
          .rollup(Grain.MONTHS, Indicator::dispositionTimeFromRollups)
          .row(
              f ->
                  row(
                      f.period(),
                      f.count(1),
                      ReportTable.round1((Number) f.value(2)),
                      ReportTable.round1((Number) f.value(3)),
                      ReportTable.ratio(f.count(4), f.count(1))))),

  /** Sanction decisions inside the discipline matrix's range, per period. */
  SANCTION_CONSISTENCY(
      indicator("sanction-consistency")
          .by(Dimension.PERIOD)
          .columns("period", "decisions", "insideRange", "share")
          .live(
              """
              select {period}, count(*), sum(case when d.inside_range = true then 1 else 0 end)
              from complaint c
              join sanction_decision d on d.complaint_id = c.id
              {where}
              group by {period}
              order by 1
              """)
          .rollup(
              Grain.MONTHS,
              """
              select {period:m}, sum(m.decisions), sum(m.inside_range)
              from report_month m
              {where:m}
              group by {period:m}
              having sum(m.decisions) > 0
              order by 1
              """)
          .row(
              f ->
                  row(
                      f.period(),
                      f.count(1),
                      f.count(2),
                      ReportTable.ratio(f.count(2), f.count(1))))),

  /** Appeals decided, and how many reversed or modified the sanction, per period. */
  APPEAL_REVERSAL(
      indicator("appeal-reversal")
          .by(Dimension.PERIOD)
          .columns("period", "appealsDecided", "reversed", "modified", "reversalRate")
          .live(
              """
              select {period},
                sum(case when d.appeal_outcome is not null then 1 else 0 end),
                sum(case when d.appeal_outcome = 'REVERSED' then 1 else 0 end),
                sum(case when d.appeal_outcome = 'MODIFIED' then 1 else 0 end)
              from complaint c
              join sanction_decision d on d.complaint_id = c.id
              {where}
              group by {period}
              order by 1
              """)
          .rollup(
              Grain.MONTHS,
              """
              select {period:m}, sum(m.appeals_decided), sum(m.reversed), sum(m.modified)
              from report_month m
              {where:m}
              group by {period:m}
              having sum(m.decisions) > 0
              order by 1
              """)
          .row(
              f ->
                  row(
                      f.period(),
                      f.count(1),
                      f.count(2),
                      f.count(3),
                      ReportTable.ratio(f.count(2), f.count(1))))),

  /**
   * The share of complaints naming the top 5 % of officers (by complaints naming them): officers
   * named, the top of them, complaints naming any officer and those naming one of the top.
   */
  CONCENTRATION(
      indicator("concentration")
          .columns(
              "officersNamed",
              "topOfficers",
              "complaintsNamingOfficers",
              "complaintsNamingTopOfficers",
              "share")
          // derived tables, no common table: H2 loses the parameters of a common table that
          // another reads (officers named 0 while complaints naming officers were counted)
          .live(
              """
              select count(distinct p.officer),
                count(distinct case when r.place <= ceiling(r.officers * 0.05) then p.officer end),
                count(distinct p.complaint),
                count(distinct case when r.place <= ceiling(r.officers * 0.05) then p.complaint end)
              from (
                select distinct a.officer_id as officer, c.id as complaint
                from complaint c
                join allegation a on a.complaint_id = c.id
                {where}
                  and a.officer_id is not null
              ) p
              join (
                select officer, row_number() over (order by n desc, officer) as place,
                  count(*) over () as officers
                from (
                  select a.officer_id as officer, count(distinct c.id) as n
                  from complaint c
                  join allegation a on a.complaint_id = c.id
                  {where}
                    and a.officer_id is not null
                  group by a.officer_id
                ) per_officer
              ) r on r.officer = p.officer
              """)
          .rollup(Grain.ALL_TIME, Indicator::concentrationFromRollups)
          .row(
              f ->
                  row(
                      f.count(0),
                      f.count(1),
                      f.count(2),
                      f.count(3),
                      ReportTable.ratio(f.count(3), f.count(2))))),

  /** Complaints with a corruption allegation, and those linked to organized crime, per period. */
  CORRUPTION(
      indicator("corruption")
          .by(Dimension.PERIOD)
          .columns("period", "complaints", "corruption", "share", "organizedCrimeLinked")
          .live(
              """
              select {period}, count(*),
                sum(case when exists (
                    select 1 from allegation k
                    join allegation_category kc on kc.id = k.category_id
                    where k.complaint_id = c.id and kc.category_group = 'CORRUPTION')
                  then 1 else 0 end),
                sum(case when c.organized_crime_link = true then 1 else 0 end)
              from complaint c
              {where}
              group by {period}
              order by 1
              """)
          .rollup(
              Grain.MONTHS,
              """
              select {period:m}, sum(m.complaints), sum(m.corruption), sum(m.organized_crime)
              from report_month m
              {where:m}
              group by {period:m}
              order by 1
              """)
          .row(
              f ->
                  row(
                      f.period(),
                      f.count(1),
                      f.count(2),
                      ReportTable.ratio(f.count(2), f.count(1)),
                      f.count(3)))),

  /** Trust proxies: filed by the public, anonymous, withdrawn; per period. */
  TRUST(
      indicator("trust")
          .by(Dimension.PERIOD)
          .columns(
              "period",
              "complaints",
              "filedByPublic",
              "publicShare",
              "anonymous",
              "anonymousShare",
              "withdrawn",
              "withdrawalRate")
          .live(
              """
              select {period}, count(*),
                sum(case when c.channel in ('PUBLIC_WEB', 'WALK_IN', 'PHONE', 'MAIL')
                  then 1 else 0 end),
                sum(case when c.complainant_anonymous = true then 1 else 0 end),
                sum(case when c.withdrawn_at is not null then 1 else 0 end)
              from complaint c
              {where}
              group by {period}
              order by 1
              """)
          .rollup(
              Grain.MONTHS,
              """
              select {period:m}, sum(m.complaints), sum(m.public_channel), sum(m.anonymous),
                sum(m.withdrawn)
              from report_month m
              {where:m}
              group by {period:m}
              order by 1
              """)
          .row(
              f ->
                  ReportTable.counted(f.period(), f.count(1), f.count(2), f.count(3), f.count(4)))),

  /** Records missing a unit (no allegation names one), a place, or an incident date. */
  DATA_QUALITY(
      indicator("data-quality")
          .by(Dimension.PERIOD)
          .columns(
              "period",
              "complaints",
              "missingUnit",
              "missingUnitShare",
              "missingPlace",
              "missingPlaceShare",
              "missingIncidentDate",
              "missingIncidentDateShare")
          .live(
              """
              select {period}, count(*),
                sum(case when not exists (
                    select 1 from allegation q where q.complaint_id = c.id and q.unit_id is not null)
                  then 1 else 0 end),
                sum(case when c.place is null or trim(c.place) = '' then 1 else 0 end),
                sum(case when c.incident_date is null then 1 else 0 end)
              from complaint c
              {where}
              group by {period}
              order by 1
              """)
          .rollup(
              Grain.MONTHS,
              """
              select {period:m}, sum(m.complaints), sum(m.no_unit), sum(m.no_place),
                sum(m.no_incident_date)
              from report_month m
              {where:m}
              group by {period:m}
              order by 1
              """)
          .row(
              f ->
                  ReportTable.counted(f.period(), f.count(1), f.count(2), f.count(3), f.count(4)))),

  /**
   * Complaints and allegations per period and allegation category (with its group): a complaint
   * counts once under each category it alleges.
   */
  CATEGORY_VOLUME(
      indicator("category-volume")
          .by(Dimension.PERIOD, Dimension.CATEGORY)
          .columns("period", "group", "category", "complaints", "allegations")
          .live(
              """
              select {period}, g.category_group, g.code, count(distinct c.id), count(*)
              from complaint c
              join allegation a on a.complaint_id = c.id
              join allegation_category g on g.id = a.category_id
              {where}
              group by {period}, g.category_group, g.code
              order by 1, 2, 3
              """)
          .row(f -> row(f.period(), f.value(1), f.value(2), f.count(3), f.count(4)))),

  /**
   * Units side by side, for leadership: a row per unit directly below the filter's unit (the
   * top-level units without one), each counting its whole subtree by the unit an allegation names
   * (the officer's unit on the incident date): complaints and allegations, complaints per 100
   * officers serving in the subtree over the filter's dates, sustained and disposed allegations,
   * the substantiation rate, and the median calendar days from receipt to closure of its
   * complaints. Units are not persons: every case counts (purpose COUNT), sealed ones included.
   */
  UNIT_COMPARISON(
      indicator("unit-comparison")
          .by(Dimension.UNIT)
          .columns(
              "unit",
              "unitName",
              "complaints",
              "allegations",
              "officers",
              "per100Officers",
              "sustained",
              "disposed",
              "rate",
              "medianDays")
          // no common table (H2 loses the parameters of one read by another); the unit's tree path
          // comes third, for the officers serving in it (IndicatorQueries), and is not shown
          .live(
              """
              select r.code, r.name, r.tree_path, coalesce(s.complaints, 0),
                coalesce(s.allegations, 0), coalesce(s.sustained, 0), coalesce(s.disposed, 0),
                d.median_days
              from unit r
              left join (
                select ru.id as unit, count(distinct c.id) as complaints, count(*) as allegations,
                  sum(case when a.disposition = 'SUSTAINED' then 1 else 0 end) as sustained,
                  sum(case when a.disposition is not null then 1 else 0 end) as disposed
                from complaint c
                join allegation a on a.complaint_id = c.id
                join unit au on au.id = a.unit_id
                join unit ru on au.tree_path like concat(ru.tree_path, '%')
                {where}
                  and {row_units:ru}
                group by ru.id
              ) s on s.unit = r.id
              left join (
                select unit, percentile_cont(0.5) within group (order by days) as median_days
                from (
                  select distinct ru.id as unit, c.id as complaint, {days_to_close} as days
                  from complaint c
                  join allegation a on a.complaint_id = c.id
                  join unit au on au.id = a.unit_id
                  join unit ru on au.tree_path like concat(ru.tree_path, '%')
                  {where}
                    and c.closed_on is not null
                    and {row_units:ru}
                ) closed
                group by unit
              ) d on d.unit = r.id
              where {row_units:r}
              order by r.code
              """)
          // the officers serving in the row's units over the filter's dates come last
          .officersServingInEachUnit()
          .row(
              f ->
                  row(
                      f.value(0),
                      f.value(1),
                      f.count(3),
                      f.count(4),
                      f.count(8),
                      f.count(8) == 0 ? null : ReportTable.round1(f.count(3) * 100.0 / f.count(8)),
                      f.count(5),
                      f.count(6),
                      ReportTable.ratio(f.count(5), f.count(6)),
                      f.value(7) == null ? null : ReportTable.round1((Number) f.value(7))))),

  /**
   * The officers named in the most complaints, with their allegations and sustained ones: persons
   * listed, so the cases the reader may not read are left out; the first {@code top} rows.
   */
  OFFICERS(
      indicator("officers")
          .by(Dimension.OFFICER)
          .columns("badgeNumber", "name", "rank", "complaints", "allegations", "sustained")
          .live(
              """
              select o.badge_number, o.family_names, o.given_names, o.officer_rank,
                count(distinct c.id), count(a.id),
                sum(case when a.disposition = 'SUSTAINED' then 1 else 0 end)
              from complaint c
              join allegation a on a.complaint_id = c.id
              join officer o on o.id = a.officer_id
              {where}
              group by o.id, o.badge_number, o.family_names, o.given_names, o.officer_rank
              order by 5 desc, 6 desc, 1
              """)
          .rollup(Grain.ALL_TIME, Indicator::officersFromRollups)
          .row(
              f ->
                  row(
                      f.value(0),
                      f.value(1) + ", " + f.value(2),
                      f.value(3),
                      f.count(4),
                      f.count(5),
                      f.count(6))));

  /** Days a complaint without a deadline of its own (historical, demo) is measured against. */
  public static final int DEFAULT_DEADLINE_DAYS = 180;

  /** The most officers a table of officers lists. */
  public static final int MOST_OFFICERS = 1000;

  /** What an indicator's rows are by. */
  public enum Dimension {
    /** The period of receipt ({@link ReportFilter#period}): the figures start with its key. */
    PERIOD,
    /** The final finding of an allegation. */
    FINDING,
    /** An officer: persons are listed, so only the cases the reader may read count. */
    OFFICER,
    /** An allegation category, with its group. */
    CATEGORY,
    /** A unit with the units below it: a comparison of units (not persons), every case counted. */
    UNIT
  }

  /**
   * When the rollups may answer an indicator. Beyond its grain, always: on PostgreSQL, without a
   * unit filter, for a reader whose restrictions are columns of the rollups ({@link Rollups}).
   */
  public enum Grain {
    /** Sums by month of receipt: any period, territory and group, dates on whole months. */
    MONTHS {
      @Override
      boolean answers(ReportFilter filter) {
        return (filter.from() == null || filter.from().getDayOfMonth() == 1)
            && (filter.to() == null || filter.to().plusDays(1).getDayOfMonth() == 1);
      }
    },
    /** Totals of all time by territory: no dates, no allegation group. */
    ALL_TIME {
      @Override
      boolean answers(ReportFilter filter) {
        return filter.from() == null && filter.to() == null && filter.group() == null;
      }
    };

    abstract boolean answers(ReportFilter filter);
  }

  /** How an indicator is read from the rollups: its figures, as its live query returns them. */
  @FunctionalInterface
  interface RollupRead {
    List<Object[]> figures(Rollups.Reader rollups);
  }

  /** One row of an indicator's figures, as its queries return them. */
  public record Figures(Period grouping, Object[] values) {

    /** The label of the period whose key comes first ({@link Dimension#PERIOD}). */
    public String period() {
      return grouping.label(count(0));
    }

    /** A figure as the database gave it. */
    public Object value(int i) {
      return values[i];
    }

    /** A count (null as 0). */
    public long count(int i) {
      return num(values[i]);
    }
  }

  private final String id;
  private final List<Dimension> dimensions;
  private final List<String> columns;
  private final String live;
  private final Grain grain;
  private final RollupRead rollup;
  private final boolean perHundredOfficersServing;
  private final boolean officersServingInEachUnit;
  private final Function<Figures, List<Object>> row;

  Indicator(Definition d) {
    this.id = d.id;
    this.dimensions = d.dimensions;
    this.columns = Objects.requireNonNull(d.columns, d.id);
    this.live = Objects.requireNonNull(d.live, d.id);
    this.grain = d.grain;
    this.rollup = d.rollup;
    this.perHundredOfficersServing = d.perHundredOfficersServing;
    this.officersServingInEachUnit = d.officersServingInEachUnit;
    this.row = Objects.requireNonNull(d.row, d.id);
  }

  /** The id the reports API, the bundles ({@code indicator.<id>}) and the audit trail use. */
  public String id() {
    return id;
  }

  /** The indicator with this id. */
  public static Indicator byId(String id) {
    for (Indicator indicator : values()) {
      if (indicator.id.equals(id)) {
        return indicator;
      }
    }
    throw new InvalidInputException("indicator", InputReason.NOT_ONE_OF, ids());
  }

  /** Every indicator's id, in the catalogue's order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Indicator::id).toList();
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  public List<String> columns() {
    return columns;
  }

  /**
   * Why the indicator reads cases: a list of persons leaves out the cases the reader may not read;
   * every other indicator counts (sealed and open cases included).
   */
  public AccessPolicy.Purpose purpose() {
    return listsOfficers() ? AccessPolicy.Purpose.READ : AccessPolicy.Purpose.COUNT;
  }

  /** Whether its rows are officers, the first {@code top} of them. */
  public boolean listsOfficers() {
    return dimensions.contains(Dimension.OFFICER);
  }

  /** Whether each period's figures end with the officers serving in it (rates per 100). */
  boolean perHundredOfficersServing() {
    return perHundredOfficersServing;
  }

  /**
   * Whether each row's figures end with the officers serving in its unit (and below) over the
   * filter's dates; its unit's tree path comes third.
   */
  boolean officersServingInEachUnit() {
    return officersServingInEachUnit;
  }

  /** The live query's SQL template. */
  String live() {
    return live;
  }

  /** Whether the rollups may answer this filter (given a database and reader they answer). */
  boolean rollupsAnswer(ReportFilter filter) {
    return rollup != null && grain.answers(filter);
  }

  /** The figures from the rollups; only when they answer ({@link #rollupsAnswer}). */
  List<Object[]> fromRollups(Rollups.Reader rollups) {
    return rollup.figures(rollups);
  }

  /** The indicator's table from its figures, in their order. */
  public ReportTable table(Period grouping, List<Object[]> figures) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] values : figures) {
      rows.add(row.apply(new Figures(grouping, values)));
    }
    return new ReportTable(id, columns, rows);
  }

  static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  // the rollups that take more than one query

  private static List<Object[]> dispositionTimeFromRollups(Rollups.Reader rollups) {
    List<Object[]> counts =
        rollups.rows(
            """
            select {period:m}, sum(m.closed_count), sum(m.within_deadline)
            from report_month m
            {where:m}
            group by {period:m}
            having sum(m.closed_count) > 0
            order by 1
            """);
    // how many closed after how many whole days, per period
    Map<Long, List<long[]>> histograms = new HashMap<>();
    for (Object[] r :
        rollups.rows(
            """
            select {period:d}, d.days, sum(d.complaints)
            from report_close_days d
            {where:d}
            group by {period:d}, d.days
            order by 1, 2
            """)) {
      histograms
          .computeIfAbsent(num(r[0]), k -> new ArrayList<>())
          .add(new long[] {num(r[1]), num(r[2])});
    }
    List<Object[]> figures = new ArrayList<>();
    for (Object[] c : counts) {
      List<long[]> h = histograms.getOrDefault(num(c[0]), List.of());
      figures.add(
          new Object[] {c[0], c[1], Rollups.percentile(h, 0.5), Rollups.percentile(h, 0.9), c[2]});
    }
    return figures;
  }

  private static List<Object[]> officersFromRollups(Rollups.Reader rollups) {
    int officerClass = rollups.officerClass();
    if (officerClass < 0) {
      return rollups.first(
          rollups.top(),
          """
          select o.badge_number, o.family_names, o.given_names, o.officer_rank, s.n, s.a, s.su
          from (
            select r.officer_id, sum(r.complaints) as n, sum(r.allegations) as a,
              sum(r.sustained) as su
            from report_officer r
            {where:r}
            group by r.officer_id
          ) s
          join officer o on o.id = s.officer_id
          order by 5 desc, 6 desc, 1
          """);
    }
    // down the class's index: the counts at the last place, then everyone at or above them
    // (ties at the last place included)
    List<Object[]> last =
        rollups.rows(
            """
            select complaints, allegations from report_officer_class
            where visibility = ?
            order by complaints desc, allegations desc
            offset ? limit 1
            """,
            officerClass,
            rollups.top() - 1);
    long complaints = last.isEmpty() ? 0 : num(last.get(0)[0]);
    long allegations = last.isEmpty() ? 0 : num(last.get(0)[1]);
    return rollups.first(
        rollups.top(),
        """
        select o.badge_number, o.family_names, o.given_names, o.officer_rank,
          r.complaints, r.allegations, r.sustained
        from report_officer_class r
        join officer o on o.id = r.officer_id
        where r.visibility = ?
          and (r.complaints > ? or (r.complaints = ? and r.allegations >= ?))
        order by 5 desc, 6 desc, 1
        """,
        officerClass,
        complaints,
        complaints,
        allegations);
  }

  private static List<Object[]> concentrationFromRollups(Rollups.Reader rollups) {
    int officerClass = rollups.officerClass();
    if (officerClass < 0) {
      return rollups.rows(
          """
          with per_officer as (
            select r.officer_id as officer, sum(r.complaints) as n
            from report_officer r
            {where:r}
            group by r.officer_id
          ),
          ranked as (
            select officer, row_number() over (order by n desc, officer) as place,
              count(*) over () as officers
            from per_officer
          ),
          top_officers as (
            select officer from ranked where place <= ceiling(officers * 0.05)
          )
          select
            (select count(*) from per_officer),
            (select count(*) from top_officers),
            (select coalesce(sum(m.names_officer), 0) from report_month m {where:m}),
            (select count(distinct o.complaint_id)
              from report_fact_officer o
              join report_fact x on x.complaint_id = o.complaint_id
              {where:x}
                and o.officer_id in (select officer from top_officers))
          """);
    }
    long officers =
        num(
            rollups.rows(
                    "select count(*) from report_officer_class where visibility = ?", officerClass)
                .get(0)[0]);
    long topOfficers = (officers * 5 + 99) / 100; // ceiling of 5 %, exactly
    Object naming =
        rollups.rows(
                """
                select coalesce(sum(m.names_officer), 0)
                from report_month m
                {where:m}
                """)
            .get(0)[0];
    Object namingTop =
        rollups.rows(
                """
                select count(distinct o.complaint_id)
                from report_fact_officer o
                {where:o}
                  and o.officer_id in (
                    select officer_id from report_officer_class
                    where visibility = ?
                    order by complaints desc, officer_id
                    limit ?)
                """,
                officerClass,
                topOfficers)
            .get(0)[0];
    List<Object[]> figures = new ArrayList<>();
    figures.add(new Object[] {officers, topOfficers, naming, namingTop});
    return figures;
  }

  // the declaration of an indicator

  private static Definition indicator(String id) {
    return new Definition(id);
  }

  /** An indicator's declaration, as the constants above read. */
  private static final class Definition {
    private final String id;
    private List<Dimension> dimensions = List.of();
    private List<String> columns;
    private String live;
    private Grain grain;
    private RollupRead rollup;
    private boolean perHundredOfficersServing;
    private boolean officersServingInEachUnit;
    private Function<Figures, List<Object>> row;

    private Definition(String id) {
      this.id = id;
    }

    Definition by(Dimension... by) {
      dimensions = List.of(by);
      return this;
    }

    Definition columns(String... names) {
      columns = List.of(names);
      return this;
    }

    Definition live(String sql) {
      live = sql;
      return this;
    }

    /** The rollups answer by one query of the same figures as the live one. */
    Definition rollup(Grain answersWith, String sql) {
      return rollup(answersWith, rollups -> rollups.rows(sql));
    }

    Definition rollup(Grain answersWith, RollupRead read) {
      grain = answersWith;
      rollup = read;
      return this;
    }

    Definition perHundredOfficersServing() {
      perHundredOfficersServing = true;
      return this;
    }

    Definition officersServingInEachUnit() {
      officersServingInEachUnit = true;
      return this;
    }

    Definition row(Function<Figures, List<Object>> shape) {
      row = shape;
      return this;
    }
  }
}
