package org.veedor.reporting.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report query written once as whole SQL text (a text block), with named places such as {@code
 * {where}} or {@code {period}} where the parts that depend on the filter, the reader or the
 * database are filled in. Each part brings the parameters of its own {@code ?}; the text's own
 * {@code ?} take the values given with it. The parameters come out in the order their {@code ?}
 * stand in the filled text, so a query never numbers its placeholders by hand.
 */
public final class SqlTemplate {

  private static final Pattern PLACE = Pattern.compile("\\{([a-z_]+(?::[a-z]+)?)}");

  /** A filled-in part: SQL with {@code ?} placeholders and their parameters, in order. */
  public record Part(String sql, List<Object> params) {

    public Part {
      params = List.copyOf(params);
      long n = sql.chars().filter(ch -> ch == '?').count();
      if (n != params.size()) {
        throw new IllegalArgumentException(n + " placeholders for " + params.size() + " values");
      }
    }

    /** SQL without parameters (an expression, a column). */
    public static Part of(String sql) {
      return new Part(sql, List.of());
    }
  }

  /** A query ready to run: placeholders numbered ({@code ?1}, {@code ?2}, ...) with parameters. */
  public record Statement(String sql, List<Object> params) {

    /** Its rows on a report database, at most {@code max} when positive. */
    public List<Object[]> rows(ReportDatabase db, int max) {
      return db.rows(sql, params, max);
    }

    /** As a native query of the entity manager, its parameters set. */
    public Query query(EntityManager em) {
      Query query = em.createNativeQuery(sql);
      for (int i = 0; i < params.size(); i++) {
        query.setParameter(i + 1, params.get(i));
      }
      return query;
    }
  }

  private SqlTemplate() {}

  /**
   * The template with each {@code {name}} replaced by its part.
   *
   * @param parts the part for a name, null for none
   * @param values the parameters of the template's own {@code ?}, in order
   * @throws IllegalStateException for a place without a part, or values that do not match the
   *     template's own placeholders (a mistake in the code, not in the input)
   */
  public static Statement fill(String template, Function<String, Part> parts, Object... values) {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    int own = 0;
    Matcher place = PLACE.matcher(template);
    int at = 0;
    while (at < template.length()) {
      int next = place.find(at) ? place.start() : template.length();
      for (int i = at; i < next; i++) {
        char ch = template.charAt(i);
        if (ch == '?') {
          if (own == values.length) {
            throw new IllegalStateException("more placeholders than values in " + template);
          }
          params.add(values[own++]);
        }
        sql.append(ch);
      }
      if (next < template.length()) {
        Part part = parts.apply(place.group(1));
        if (part == null) {
          throw new IllegalStateException("nothing to fill {" + place.group(1) + "} with");
        }
        sql.append(part.sql());
        params.addAll(part.params());
        at = place.end();
      } else {
        at = next;
      }
    }
    if (own != values.length) {
      throw new IllegalStateException("more values than placeholders in " + template);
    }
    return new Statement(ReportSql.number(sql.toString()), params);
  }
}
