package org.veedor.reporting.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the report queries run: SQL with numbered placeholders ({@code ?1}) and its parameters in,
 * rows out. In the server it is the persistence context; the benchmark runs the same queries over a
 * plain JDBC connection.
 */
public interface ReportDatabase {

  /** The rows of a query (each an array, even of one column), at most {@code max} when positive. */
  List<Object[]> rows(String sql, List<Object> parameters, int max);

  ReportSql.Dialect dialect();

  /** The persistence context's database. */
  static ReportDatabase of(EntityManager em) {
    ReportSql.Dialect dialect = ReportSql.dialect(em);
    return new ReportDatabase() {
      @Override
      public List<Object[]> rows(String sql, List<Object> parameters, int max) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
          query.setParameter(i + 1, parameters.get(i));
        }
        if (max > 0) {
          query.setMaxResults(max);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
          rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
      }

      @Override
      public ReportSql.Dialect dialect() {
        return dialect;
      }
    };
  }
}
