package org.veedor.reporting.application;

import static org.veedor.reporting.application.Indicator.num;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.veedor.reporting.infrastructure.SqlTemplate;

/**
 * The catalogue's indicators ({@link Indicator}) run for one reader (their access rules apply), on
 * a report database: from the rollups where they answer exactly, otherwise by the live query, each
 * one aggregate query in the database; rows come back as figures, and only period labels and ratios
 * are worked out here. {@link Indicators} serves them to callers; a report built in the background
 * uses them with the reader who asked for it; the dashboard benchmark with no reader.
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

  /**
   * One indicator's table.
   *
   * @param top how many officers a list of officers shows (1 to {@link Indicator#MOST_OFFICERS})
   * @throws InvalidInputException for an unknown unit or territory, or a top out of range
   */
  public ReportTable table(Indicator indicator, ReportFilter filter, int top) {
    if (indicator.listsOfficers() && (top < 1 || top > Indicator.MOST_OFFICERS)) {
      throw new InvalidInputException("top", InputReason.BETWEEN, 1, Indicator.MOST_OFFICERS);
    }
    List<CaseRestriction> restrictions =
        viewer == null ? List.of() : AccessPolicy.restrictions(viewer, indicator.purpose());
    List<Object[]> figures;
    String unitPath = null;
    if (rollups && Rollups.serve(db, restrictions, filter, indicator)) {
      figures = new Rollups(db, restrictions, filter, top).figures(indicator);
    } else {
      unitPath = unitPath(filter);
      figures = live(indicator, filter, unitPath, top);
    }
    if (indicator.perHundredOfficersServing()) {
      List<Object[]> withOfficers = new ArrayList<>();
      for (Object[] r : figures) {
        Object[] more = Arrays.copyOf(r, r.length + 1);
        long key = num(r[0]);
        more[r.length] =
            officersServing(filter, unitPath, filter.period().start(key), filter.period().end(key));
        withOfficers.add(more);
      }
      figures = withOfficers;
    }
    if (indicator.officersServingInEachUnit()) {
      // over the filter's dates ("to" inclusive, so until before the day after); without them, all
      // time
      LocalDate start = filter.from() == null ? Period.ALL.start(0) : filter.from();
      LocalDate end = filter.to() == null ? Period.ALL.end(0) : filter.to().plusDays(1);
      List<Object[]> withOfficers = new ArrayList<>();
      for (Object[] r : figures) {
        Object[] more = Arrays.copyOf(r, r.length + 1);
        more[r.length] = officersServing(filter, (String) r[2], start, end);
        withOfficers.add(more);
      }
      figures = withOfficers;
    }
    return indicator.table(filter.period(), figures);
  }

  /** The indicator's live query over the records the reader may reach for its purpose. */
  private List<Object[]> live(Indicator indicator, ReportFilter f, String unitPath, int top) {
    ReportSql sql = ReportSql.of(viewer, indicator.purpose(), f, unitPath);
    return sql.fill(
            indicator.live(),
            Map.of(
                "days_to_close",
                SqlTemplate.Part.of(db.dialect().days("c.received_on", "c.closed_on")),
                "default_deadline_days",
                SqlTemplate.Part.of(Integer.toString(Indicator.DEFAULT_DEADLINE_DAYS))))
        .rows(db, indicator.listsOfficers() ? top : 0);
  }

  /**
   * Officers serving from {@code start} until before {@code end} (an assignment overlapping it), in
   * the units at or below a unit's tree path (any unit for null), in the filter's territory.
   */
  private long officersServing(ReportFilter f, String unitPath, LocalDate start, LocalDate end) {
    SqlTemplate.Part inUnits =
        unitPath == null
            ? SqlTemplate.Part.of("")
            : new SqlTemplate.Part("and u.tree_path like ?", List.of(unitPath + "%"));
    SqlTemplate.Part inTerritory =
        f.territory() == null
            ? SqlTemplate.Part.of("")
            : new SqlTemplate.Part(
                "and u.territory_id in (select t.id from territory t where t.code = ?)",
                List.of(f.territory()));
    Map<String, SqlTemplate.Part> parts = Map.of("in_units", inUnits, "in_territory", inTerritory);
    return num(
        SqlTemplate.fill(
                """
                select count(distinct s.officer_id)
                from assignment s
                join unit u on u.id = s.unit_id
                where s.start_date < ? and (s.end_date is null or s.end_date >= ?)
                  {in_units}
                  {in_territory}
                """,
                parts::get,
                end,
                start)
            .rows(db, 0)
            .get(0)[0]);
  }

  /**
   * The tree path of the filter's unit (null without one), once the filter's unit and territory are
   * known to exist.
   */
  private String unitPath(ReportFilter f) {
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
    return unitPath;
  }
}
