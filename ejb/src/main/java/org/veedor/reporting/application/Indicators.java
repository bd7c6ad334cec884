package org.veedor.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.reporting.infrastructure.ReportDatabase;

/**
 * The oversight indicators (DOMAIN.md: results, not processes) for the signed-in reader, as the
 * catalogue declares them ({@link Indicator}): each one aggregate query in the database over the
 * complaints the reader may see, grouped by period of receipt and narrowed by the report's filter.
 * No entity is loaded: rows come back as counts, and only the period labels and ratios are worked
 * out here. Each reading is audited.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.OVERSIGHT_BOARD, Roles.LEADERSHIP, Roles.AUDITOR})
public class Indicators {

  /** The indicators' ids, as the reports API serves them, in the catalogue's order. */
  public static final List<String> NAMES = Indicator.ids();

  /** The dashboards by id, and their indicators' ids, in the order they are shown. */
  public static final Map<String, List<String>> DASHBOARDS = dashboards();

  private static Map<String, List<String>> dashboards() {
    Map<String, List<String>> boards = new LinkedHashMap<>();
    for (Dashboard board : Dashboard.values()) {
      boards.put(board.id(), board.indicators().stream().map(Indicator::id).toList());
    }
    return Collections.unmodifiableMap(boards);
  }

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject AuditTrail audit;

  /**
   * One indicator by its id ({@link Indicator#id}).
   *
   * @throws org.veedor.platform.InvalidInputException for an id the catalogue does not hold, an
   *     unknown unit or territory, or a top out of range
   */
  public ReportTable indicator(String name, ReportFilter filter, int top) {
    ReportTable table =
        new IndicatorQueries(ReportDatabase.of(em), viewers.current(session))
            .table(Indicator.byId(name), filter, top);
    audit.record(
        AuditEventType.REPORT_VIEWED,
        "report",
        name,
        AuditOutcome.SUCCESS,
        describe(filter) + ", " + table.rows().size() + " rows");
    return table;
  }

  static String describe(ReportFilter f) {
    StringBuilder d = new StringBuilder("by ").append(f.period().name().toLowerCase());
    if (f.from() != null) {
      d.append(", from ").append(f.from());
    }
    if (f.to() != null) {
      d.append(", to ").append(f.to());
    }
    if (f.territory() != null) {
      d.append(", territory ").append(f.territory());
    }
    if (f.unit() != null) {
      d.append(", unit ").append(f.unit());
    }
    if (f.group() != null) {
      d.append(", group ").append(f.group());
    }
    return d.toString();
  }
}
