package org.veedor.reporting.infrastructure;

import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.CaseRestriction;
import org.veedor.identity.domain.Viewer;

/**
 * The access policy as SQL conditions on complaints {@code c}, for the report queries that
 * aggregate in the database: each restriction of the reader, for the purpose of the figure
 * (counting or listing), becomes one condition with its parameters.
 */
final class SqlCaseAccess implements CaseRestriction.Translator<Void> {

  private final ReportSql sql;

  private SqlCaseAccess(ReportSql sql) {
    this.sql = sql;
  }

  static void apply(Viewer viewer, AccessPolicy.Purpose purpose, ReportSql sql) {
    SqlCaseAccess translator = new SqlCaseAccess(sql);
    for (CaseRestriction restriction : AccessPolicy.restrictions(viewer, purpose)) {
      restriction.accept(translator);
    }
  }

  @Override
  public Void notNamingOfficer(long officerId) {
    sql.and(
        "not exists (select 1 from allegation x where x.complaint_id = c.id and x.officer_id = ?)",
        officerId);
    return null;
  }

  @Override
  public Void notNamingUnit(long unitId) {
    sql.and(
        "not exists (select 1 from allegation x where x.complaint_id = c.id and x.unit_id = ?)",
        unitId);
    return null;
  }

  @Override
  public Void notNamingOfficerServingIn(long unitId) {
    sql.and(
        "not exists (select 1 from allegation x where x.complaint_id = c.id and exists (select 1"
            + " from assignment s where s.officer_id = x.officer_id and s.end_date is null"
            + " and s.unit_id = ?))",
        unitId);
    return null;
  }

  @Override
  public Void notSealed() {
    sql.and("c.sealed = false");
    return null;
  }

  @Override
  public Void closedOnly() {
    sql.and("c.status = 'CLOSED'");
    return null;
  }
}
