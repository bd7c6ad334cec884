package org.veedor.reporting.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Viewer;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;

/**
 * The conditions every report query shares, written as SQL so the database aggregates: the access
 * policy of the reader ({@link SqlCaseAccess}) and the report's filter, filled into a query written
 * once as text ({@link #fill}: {@code {where}}, {@code {period}}). Complaints are {@code c}.
 */
public final class ReportSql {

  /** What differs between the embedded database and PostgreSQL. */
  public enum Dialect {
    H2,
    POSTGRESQL;

    /**
     * Calendar days from one date column to another (whole days, as the people of the record's zone
     * count them on a calendar: a clock change is not a day short).
     */
    public String days(String from, String to) {
      return this == POSTGRESQL
          ? "(" + to + " - " + from + ")"
          : "datediff('DAY', " + from + ", " + to + ")";
    }
  }

  private final StringBuilder where = new StringBuilder("where 1 = 1");
  private final List<Object> params = new ArrayList<>();
  private final Period period;
  private String unitPath;

  private ReportSql(Period period) {
    this.period = period;
  }

  /**
   * The conditions for a reader and a filter: the reader's access restrictions for the purpose
   * (sealed and open cases are counted in aggregates, left out where cases or persons are listed).
   */
  public static ReportSql of(
      Viewer viewer, AccessPolicy.Purpose purpose, ReportFilter filter, String unitPath) {
    ReportSql sql = new ReportSql(filter.period());
    if (viewer != null) {
      SqlCaseAccess.apply(viewer, purpose, sql);
    }
    sql.filter(filter, unitPath);
    sql.unitPath = unitPath;
    return sql;
  }

  /** The database behind the entity manager. */
  public static Dialect dialect(EntityManager em) {
    String product =
        em.unwrap(Session.class)
            .doReturningWork(c -> c.getMetaData().getDatabaseProductName())
            .toLowerCase(Locale.ROOT);
    return product.contains("postgres") ? Dialect.POSTGRESQL : Dialect.H2;
  }

  /**
   * The period of receipt as a number ({@link Period#key}): by the calendar day of receipt in the
   * record's zone ({@code received_on}), so a month ends at midnight where the complaint was
   * received, not at midnight UTC.
   */
  public static String periodKey(Period period) {
    return periodKey(period, "c.received_on");
  }

  /** The period of a date or time column as a number ({@link Period#key}). */
  public static String periodKey(Period period, String column) {
    String year = "extract(year from " + column + ")";
    String month = "extract(month from " + column + ")";
    return switch (period) {
      case MONTH -> "(" + year + " * 100 + " + month + ")";
      case QUARTER -> "(" + year + " * 10 + floor((" + month + " - 1) / 3) + 1)";
      case YEAR -> year;
      case ALL -> "cast(0 as integer)"; // a constant, not a GROUP BY position
    };
  }

  /**
   * A report query over complaints {@code c} with its shared parts filled in: {@code {where}}
   * becomes {@code where} and these conditions (at least {@code 1 = 1}, so the query may go on with
   * {@code and ...}), {@code {period}} the period of receipt by the filter's grouping ({@link
   * #periodKey(Period)}), {@code {row_units:u}} the condition that unit {@code u} is one a
   * comparison of units has a row for: directly below the filter's unit, or at the top of the tree
   * without one.
   *
   * @param values the parameters of the template's own {@code ?}, in order
   */
  public SqlTemplate.Statement fill(String template, Object... values) {
    return fill(template, Map.of(), values);
  }

  /** The same, with more named parts (a dialect's expression, a column). */
  public SqlTemplate.Statement fill(
      String template, Map<String, SqlTemplate.Part> more, Object... values) {
    Map<String, SqlTemplate.Part> parts = new HashMap<>(more);
    parts.put("where", new SqlTemplate.Part(where.toString(), params));
    parts.put("period", SqlTemplate.Part.of(periodKey(period)));
    return SqlTemplate.fill(
        template,
        name ->
            name.startsWith("row_units:")
                ? rowUnits(name.substring("row_units:".length()))
                : parts.get(name),
        values);
  }

  private SqlTemplate.Part rowUnits(String alias) {
    return unitPath == null
        ? SqlTemplate.Part.of(alias + ".parent_id is null")
        : new SqlTemplate.Part(
            alias + ".parent_id in (select p.id from unit p where p.tree_path = ?)",
            List.of(unitPath));
  }

  /** Adds a condition with its parameters (written as {@code ?}). */
  ReportSql and(String condition, Object... values) {
    where.append(" and ").append(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** Numbers the {@code ?} of any SQL in order ({@code ?1}, {@code ?2}, ...). */
  public static String number(String sql) {
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        numbered.append('?').append(++n);
      } else {
        numbered.append(ch);
      }
    }
    return numbered.toString();
  }

  private void filter(ReportFilter filter, String unitPath) {
    // both ends inclusive, on the calendar day of receipt in the record's zone
    if (filter.from() != null) {
      and("c.received_on >= ?", filter.from());
    }
    if (filter.to() != null) {
      and("c.received_on <= ?", filter.to());
    }
    if (filter.territory() != null) {
      and("c.territory_id in (select t.id from territory t where t.code = ?)", filter.territory());
    }
    if (unitPath != null) {
      and(
          "exists (select 1 from allegation ua join unit u on u.id = ua.unit_id"
              + " where ua.complaint_id = c.id and u.tree_path like ?)",
          unitPath + "%");
    }
    if (filter.group() != null) {
      and(
          "exists (select 1 from allegation ga join allegation_category gc on gc.id = ga.category_id"
              + " where ga.complaint_id = c.id and gc.category_group = ?)",
          filter.group().name());
    }
  }
}
