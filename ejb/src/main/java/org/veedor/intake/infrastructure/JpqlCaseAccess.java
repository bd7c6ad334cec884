package org.veedor.intake.infrastructure;

import java.util.Map;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.CaseRestriction;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.ComplaintStatus;

/**
 * The access policy as JPQL conditions on complaints {@code c}: appended to a query's {@code where}
 * so that pages, counts and single reads never reveal a case the viewer may not reach.
 */
final class JpqlCaseAccess implements CaseRestriction.Translator<String> {

  private final Map<String, Object> params;
  private int n;

  private JpqlCaseAccess(Map<String, Object> params) {
    this.params = params;
  }

  /** Appends {@code and ...} for each restriction of the viewer, with its parameters. */
  static void append(
      Viewer viewer,
      AccessPolicy.Purpose purpose,
      StringBuilder where,
      Map<String, Object> params) {
    JpqlCaseAccess translator = new JpqlCaseAccess(params);
    for (CaseRestriction restriction : AccessPolicy.restrictions(viewer, purpose)) {
      where.append(" and ").append(restriction.accept(translator));
    }
  }

  private String param(Object value) {
    String name = "access" + n++;
    params.put(name, value);
    return ":" + name;
  }

  @Override
  public String notNamingOfficer(long officerId) {
    return "not exists (select 1 from Allegation x where x.complaint = c and x.officer.id = "
        + param(officerId)
        + ")";
  }

  @Override
  public String notNamingUnit(long unitId) {
    return "not exists (select 1 from Allegation x where x.complaint = c and x.unit.id = "
        + param(unitId)
        + ")";
  }

  @Override
  public String notNamingOfficerServingIn(long unitId) {
    return "not exists (select 1 from Allegation x where x.complaint = c and exists (select 1 from"
        + " Assignment s where s.officer = x.officer and s.endDate is null and s.unit.id = "
        + param(unitId)
        + "))";
  }

  @Override
  public String notSealed() {
    return "c.sealed = false";
  }

  @Override
  public String closedOnly() {
    return "c.status = " + param(ComplaintStatus.CLOSED);
  }
}
