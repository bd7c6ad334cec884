package org.veedor.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Roles;
import org.veedor.reporting.domain.ChangeDetection;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.infrastructure.ReportSql;

/**
 * Early warning, over the complaints the reader may see, as of the filter's end (or today).
 *
 * <p>Officers are flagged by rules whose thresholds the deployment sets ({@link
 * ReportingSettings}): so many complaints (default 3) within so many months (default 12); any
 * sustained corruption allegation; being in the top percent (default 2) of officers of the same
 * rank by complaints within the window. Units and territories are flagged when the last month's
 * count departs from their own history by the rule of {@link ChangeDetection}. Each flag carries
 * its reasons.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.OVERSIGHT_BOARD, Roles.LEADERSHIP, Roles.AUDITOR})
public class EarlyWarning {

  /** A flagged officer with the rules that flagged them. */
  public record OfficerFlag(
      String badgeNumber,
      String name,
      String rank,
      long complaintsInWindow,
      List<String> reasons) {}

  /** A unit or territory whose last month departs from its history. */
  public record AreaFlag(
      String kind, String code, String month, long observed, double expected, double pValue) {}

  /** The flags, and the rules as configured. */
  public record Flags(
      LocalDate asOf,
      int complaintsThreshold,
      int months,
      int topPercent,
      List<OfficerFlag> officers,
      List<AreaFlag> areas) {}

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject ReportingSettings settings;

  public Flags flags(ReportFilter filter) {
    int threshold = settings.earlyWarningComplaints();
    int months = settings.earlyWarningMonths();
    int topPercent = settings.earlyWarningTopPercent();
    // the last day counted (inclusive): the filter's "until", or today in the deployment's zone
    LocalDate asOf = filter.to() != null ? filter.to() : LocalDate.now(clock);
    ReportFilter window =
        new ReportFilter(
            Period.ALL,
            asOf.plusDays(1).minusMonths(months),
            asOf,
            filter.territory(),
            filter.unit(),
            filter.group());
    Map<String, OfficerFlag> flagged = new LinkedHashMap<>();
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    Map<String, Object[]> officers = new LinkedHashMap<>();

    // complaints within the window, per officer, with their rank's peers
    ReportSql sql =
        ReportSql.of(
            viewers.current(session), AccessPolicy.Purpose.READ, window, unitPath(filter.unit()));
    List<Object[]> counts =
        sql.fill(
                // derived tables, not common ones: H2 loses the parameters of a common table
                // that another one reads
                """
                select o.badge_number, o.family_names, o.given_names, r.officer_rank, r.n, r.place,
                  (select count(*) from officer q where q.officer_rank = r.officer_rank)
                from (
                  select p.officer, p.n, o.officer_rank as officer_rank,
                    row_number() over (partition by o.officer_rank order by p.n desc, p.officer)
                      as place
                  from (
                    select a.officer_id as officer, count(distinct c.id) as n
                    from complaint c
                    join allegation a on a.complaint_id = c.id
                    {where}
                      and a.officer_id is not null
                    group by a.officer_id
                  ) p
                  join officer o on o.id = p.officer
                ) r
                join officer o on o.id = r.officer
                where r.n >= ?
                  or r.place <= 1 + (select count(*) from officer q
                    where q.officer_rank = r.officer_rank) * ? / 100
                """,
                threshold,
                topPercent)
            .query(em)
            .getResultList();
    for (Object[] r : counts) {
      String badge = (String) r[0];
      long n = ((Number) r[4]).longValue();
      long place = ((Number) r[5]).longValue();
      long peers = ((Number) r[6]).longValue();
      officers.put(badge, r);
      if (n >= threshold) {
        reasons
            .computeIfAbsent(badge, b -> new ArrayList<>())
            .add(n + " complaints in " + months + " months (threshold " + threshold + ")");
      }
      if (place <= Math.ceil(peers * topPercent / 100.0) && n >= 2) {
        reasons
            .computeIfAbsent(badge, b -> new ArrayList<>())
            .add(
                "top "
                    + topPercent
                    + " % of "
                    + peers
                    + " officers of rank "
                    + r[3]
                    + " (place "
                    + place
                    + ")");
      }
    }
    // any sustained corruption allegation, at any time
    ReportSql ever =
        ReportSql.of(
            viewers.current(session),
            AccessPolicy.Purpose.READ,
            new ReportFilter(
                Period.ALL, null, asOf, filter.territory(), filter.unit(), filter.group()),
            unitPath(filter.unit()));
    List<Object[]> corrupt =
        ever.fill(
                """
                select o.badge_number, o.family_names, o.given_names, o.officer_rank, count(*)
                from complaint c
                join allegation a on a.complaint_id = c.id
                join allegation_category g on g.id = a.category_id
                join officer o on o.id = a.officer_id
                {where}
                  and g.category_group = 'CORRUPTION' and a.disposition = 'SUSTAINED'
                group by o.badge_number, o.family_names, o.given_names, o.officer_rank
                """)
            .query(em)
            .getResultList();
    for (Object[] r : corrupt) {
      String badge = (String) r[0];
      officers.putIfAbsent(badge, new Object[] {r[0], r[1], r[2], r[3], 0L});
      reasons
          .computeIfAbsent(badge, b -> new ArrayList<>())
          .add(((Number) r[4]).longValue() + " sustained corruption allegation(s)");
    }
    reasons.forEach(
        (badge, why) -> {
          Object[] o = officers.get(badge);
          flagged.put(
              badge,
              new OfficerFlag(
                  badge,
                  o[1] + ", " + o[2],
                  String.valueOf(o[3]),
                  ((Number) o[4]).longValue(),
                  List.copyOf(why)));
        });
    List<OfficerFlag> officerFlags = new ArrayList<>(flagged.values());
    officerFlags.sort(
        Comparator.comparingInt((OfficerFlag f) -> f.reasons().size())
            .reversed()
            .thenComparing(Comparator.comparingLong(OfficerFlag::complaintsInWindow).reversed())
            .thenComparing(OfficerFlag::badgeNumber));

    List<AreaFlag> areas = new ArrayList<>();
    areas.addAll(
        areaFlags(
            filter,
            asOf,
            "unit",
            """
            select u.code, {period}, count(distinct c.id)
            from complaint c
            join allegation a on a.complaint_id = c.id
            join unit u on u.id = a.unit_id
            {where}
            group by u.code, {period}
            """));
    areas.addAll(
        areaFlags(
            filter,
            asOf,
            "territory",
            """
            select t.code, {period}, count(distinct c.id)
            from complaint c
            join territory t on t.id = c.territory_id
            {where}
            group by t.code, {period}
            """));
    audit.record(
        AuditEventType.REPORT_VIEWED,
        "report",
        "early-warning",
        AuditOutcome.SUCCESS,
        Indicators.describe(filter)
            + ", as of "
            + asOf
            + ": "
            + officerFlags.size()
            + " officers, "
            + areas.size()
            + " units or territories flagged");
    return new Flags(asOf, threshold, months, topPercent, officerFlags, areas);
  }

  /**
   * Monthly counts of the last 13 months per area; the last month tested against the 12 before.
   *
   * @param counts the query of (area code, month, complaints) over complaints {@code c}
   */
  private List<AreaFlag> areaFlags(
      ReportFilter filter, LocalDate asOf, String kind, String counts) {
    LocalDate lastMonth = asOf.withDayOfMonth(1);
    LocalDate start = lastMonth.minusMonths(ChangeDetection.HISTORY_MONTHS);
    ReportFilter range =
        new ReportFilter(
            Period.MONTH, start, asOf, filter.territory(), filter.unit(), filter.group());
    // areas are counted: sealed and open cases count in their monthly figures
    List<Object[]> rows =
        ReportSql.of(
                viewers.current(session),
                AccessPolicy.Purpose.COUNT,
                range,
                unitPath(filter.unit()))
            .fill(counts)
            .query(em)
            .getResultList();
    Map<String, Map<Long, Long>> byArea = new TreeMap<>();
    for (Object[] r : rows) {
      byArea
          .computeIfAbsent((String) r[0], k -> new TreeMap<>())
          .put(((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }
    long lastKey = Period.MONTH.key(lastMonth.getYear(), lastMonth.getMonthValue());
    List<AreaFlag> flags = new ArrayList<>();
    byArea.forEach(
        (code, months) -> {
          long[] history = new long[ChangeDetection.HISTORY_MONTHS];
          for (int i = 0; i < history.length; i++) {
            LocalDate m = start.plusMonths(i);
            history[i] = months.getOrDefault(Period.MONTH.key(m.getYear(), m.getMonthValue()), 0L);
          }
          long observed = months.getOrDefault(lastKey, 0L);
          ChangeDetection.Result result = ChangeDetection.test(history, observed);
          if (result.flagged()) {
            flags.add(
                new AreaFlag(
                    kind,
                    code,
                    Period.MONTH.label(lastKey),
                    observed,
                    result.expected(),
                    result.pValue()));
          }
        });
    return flags;
  }

  private String unitPath(String unit) {
    if (unit == null) {
      return null;
    }
    List<String> paths =
        em.createNativeQuery("select tree_path from unit where code = ?1")
            .setParameter(1, unit)
            .getResultList();
    if (paths.isEmpty()) {
      throw new org.veedor.platform.InvalidInputException(
          "unit", org.veedor.reporting.domain.ReportRefusal.NO_SUCH_UNIT, unit);
    }
    return paths.get(0);
  }
}
