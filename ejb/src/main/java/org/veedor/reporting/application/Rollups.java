package org.veedor.reporting.application;

import java.util.ArrayList;
import java.util.List;
import org.veedor.identity.domain.CaseRestriction;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.infrastructure.ReportDatabase;
import org.veedor.reporting.infrastructure.ReportSql;
import org.veedor.reporting.infrastructure.SqlTemplate;

/**
 * The indicators from the rollups (PostgreSQL; see the migration {@code V14__report_rollups}): the
 * same figures as the live queries, read from sums by month, territory, closure, sealing and
 * allegation groups that the database keeps as records change. Each indicator's rollup query, and
 * the grain that says when it may answer, is in the catalogue ({@link Indicator}); here is what
 * every one of them shares: the rollups answer only on PostgreSQL, without a unit filter, and for a
 * reader without a conflict-of-interest rule (one whose own unit or officer record must be left out
 * is answered live), and a rollup table's conditions come from the filter and from the reader's
 * restrictions, translated to its columns.
 */
final class Rollups {

  /**
   * The rollup tables as the catalogue's queries name them ({@code {where:m}}, {@code {period:m}}
   * for {@code report_month m}), with the columns a filter or a restriction reads.
   */
  private enum Table {
    MONTH("m", true, true, true, true),
    /** Closed complaints only. */
    CLOSE_DAYS("d", true, true, false, true),
    OFFICER("r", false, true, true, false),
    FACT("x", true, true, true, true),
    /** Without a territory: read only for a filter without one. */
    FACT_OFFICER("o", false, false, true, false);

    private final String alias;
    private final boolean month;
    private final boolean territory;
    private final boolean closed;
    private final boolean group;

    Table(String alias, boolean month, boolean territory, boolean closed, boolean group) {
      this.alias = alias;
      this.month = month;
      this.territory = territory;
      this.closed = closed;
      this.group = group;
    }
  }

  private final ReportDatabase db;
  private final List<CaseRestriction> restrictions;
  private final ReportFilter filter;
  private final int top;

  /**
   * @param restrictions the reader's access restrictions for the indicator's purpose, all of them
   *     answerable by the rollups ({@link #answers})
   */
  Rollups(ReportDatabase db, List<CaseRestriction> restrictions, ReportFilter filter, int top) {
    this.db = db;
    this.restrictions = restrictions;
    this.filter = filter;
    this.top = top;
  }

  /**
   * Whether the rollups answer the reader's restrictions: whether a case is sealed and whether it
   * is closed are columns of the sums; who a case names (conflicts of interest) is not.
   */
  static boolean answers(List<CaseRestriction> restrictions) {
    return restrictions.stream().allMatch(r -> r.accept(new Columns("m", true)) != null);
  }

  /** Whether the rollups answer the indicator for this reader and filter. */
  static boolean serve(
      ReportDatabase db, List<CaseRestriction> restrictions, ReportFilter f, Indicator indicator) {
    return db.dialect() == ReportSql.Dialect.POSTGRESQL
        && f.unit() == null
        && answers(restrictions)
        && indicator.rollupsAnswer(f);
  }

  /** The indicator's figures, the records changed since the last read folded in first. */
  List<Object[]> figures(Indicator indicator) {
    db.rows("select report_refresh()", List.of(), 0);
    return indicator.fromRollups(new Reader());
  }

  /**
   * What the catalogue's rollup queries read with: the rollup tables, for the filter and reader.
   */
  final class Reader {

    private Reader() {}

    /** How many officers a list shows. */
    int top() {
      return top;
    }

    /**
     * The reader's class in the officers' totals ({@code report_officer_class}: 0 every case, 1
     * sealed left out, 2 closed only and sealed left out), or -1 when the totals by class cannot
     * answer (a territory filter).
     */
    int officerClass() {
      if (filter.territory() != null) {
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

    /** The rows of a rollup query, its values for its own {@code ?} in order. */
    List<Object[]> rows(String template, Object... values) {
      return first(0, template, values);
    }

    /** The first {@code max} rows of a rollup query. */
    List<Object[]> first(int max, String template, Object... values) {
      return SqlTemplate.fill(template, Rollups.this::part, values).rows(db, max);
    }
  }

  /** A place of a rollup query: {@code {where:m}} or {@code {period:m}} for table {@code m}. */
  private SqlTemplate.Part part(String name) {
    for (Table table : Table.values()) {
      if (name.equals("where:" + table.alias)) {
        return where(table);
      }
      if (name.equals("period:" + table.alias) && table.month) {
        return SqlTemplate.Part.of(ReportSql.periodKey(filter.period(), table.alias + ".month"));
      }
    }
    return null;
  }

  /**
   * {@code where} and the conditions on a rollup table's columns: the filter's, and the reader's
   * restrictions.
   */
  private SqlTemplate.Part where(Table table) {
    String a = table.alias;
    StringBuilder sql = new StringBuilder("where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (filter.from() != null) {
      require(table, table.month);
      sql.append(" and ").append(a).append(".month >= ?");
      params.add(filter.from());
    }
    if (filter.to() != null) {
      require(table, table.month);
      sql.append(" and ").append(a).append(".month <= ?"); // the month of the last day
      params.add(filter.to());
    }
    if (filter.territory() != null) {
      require(table, table.territory);
      sql.append(" and ")
          .append(a)
          .append(".territory_id in (select t.id from territory t where t.code = ?)");
      params.add(filter.territory());
    }
    if (filter.group() != null) {
      require(table, table.group);
      sql.append(" and (").append(a).append(".group_mask & ?) <> 0");
      params.add(1 << filter.group().ordinal());
    }
    Columns access = new Columns(a, table.closed);
    for (CaseRestriction restriction : restrictions) {
      String condition = restriction.accept(access);
      if (!condition.isEmpty()) {
        sql.append(" and ").append(condition);
      }
    }
    return new SqlTemplate.Part(sql.toString(), params);
  }

  /** A filter a table cannot answer is a mistake in the catalogue's grains, never the input's. */
  private static void require(Table table, boolean column) {
    if (!column) {
      throw new IllegalStateException(table + " cannot answer the filter");
    }
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
}
