package org.veedor.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.reporting.infrastructure.ReportDatabase;

/**
 * The oversight indicators (DOMAIN.md: results, not processes), each one aggregate query in the
 * database over the complaints the reader may see, grouped by period of receipt and narrowed by the
 * report's filter. No entity is loaded: rows come back as counts, and only the period labels and
 * ratios are worked out here.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.OVERSIGHT_BOARD, Roles.LEADERSHIP, Roles.AUDITOR})
public class Indicators {

  /** Days a complaint without a deadline of its own (historical, demo) is measured against. */
  public static final int DEFAULT_DEADLINE_DAYS = 180;

  /** The indicators by name, as the reports API serves them. */
  public static final List<String> NAMES =
      List.of(
          "volume",
          "findings",
          "substantiation",
          "disposition-time",
          "sanction-consistency",
          "appeal-reversal",
          "concentration",
          "corruption",
          "trust",
          "data-quality",
          "officers");

  /** The dashboards and their indicators, in the order they are shown. */
  public static final java.util.Map<String, List<String>> DASHBOARDS =
      java.util.Map.of(
          "leadership",
          List.of("volume", "corruption", "concentration", "officers"),
          "oversight",
          List.of(
              "substantiation",
              "findings",
              "disposition-time",
              "sanction-consistency",
              "appeal-reversal",
              "trust",
              "data-quality"));

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject AuditTrail audit;

  /** One indicator by name. */
  public ReportTable indicator(String name, ReportFilter filter, int top) {
    ReportTable table =
        new IndicatorQueries(ReportDatabase.of(em), viewers.current(session))
            .table(name, filter, top);
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
