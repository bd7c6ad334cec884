package org.veedor.intake.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.logging.Logger;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.platform.nodes.WorkLeases;

/**
 * The retention schedule for complainants' personal data: once a case has been closed for longer
 * than the retention period ({@link IntakeSettings#personalDataRetention()}, five years unless
 * configured), its complainant's name, e-mail and phone are removed; the case, its allegations,
 * findings and dates stay, so the statistics do not change. Runs every night, and on an
 * administrator's request. Each case it touches leaves an audit event.
 */
@Singleton
public class PersonalDataRetention {

  static final String SCHEDULE = "system:retention";
  private static final Logger LOG = Logger.getLogger(PersonalDataRetention.class.getName());
  private static final int BATCH = 500;
  private static final int MOST_PER_RUN = 20_000;
  private static final String DUE =
      " where c.status = :closed and c.closedAt < :before"
          + " and c.complainant.anonymous = false"
          + " and c.complainant.personalDataRemovedAt is null";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail trail;
  @Inject Clock clock;
  @Inject IntakeSettings settings;
  @Resource SessionContext session;
  @Inject WorkLeases leases;

  /** The lease of the nightly run: one node at a time removes what is due. */
  private static final String WORK = "retention";

  /** What one run did (or, in a dry run, would do). */
  public record RetentionRun(
      String period, Instant closedBefore, boolean dryRun, long casesStripped) {}

  @Schedule(hour = "3", minute = "15", persistent = false, info = "personal-data retention")
  @PermitAll
  void nightly() {
    // every node's timer fires; the node that takes the lease runs, the others see it held (it
    // expires a while after this run, committed by then, so a late timer finds nothing left)
    if (!leases.take(WORK)) {
      return;
    }
    RetentionRun run;
    try {
      run = removeExpired(SCHEDULE);
    } finally {
      leases.letExpire(WORK);
    }
    LOG.info(
        () ->
            "retention: personal data removed from "
                + run.casesStripped()
                + " cases closed before "
                + run.closedBefore());
  }

  /**
   * Runs the retention schedule now, on an administrator's request; a dry run only counts the cases
   * whose personal data would go.
   */
  @RolesAllowed(Roles.ADMIN)
  public RetentionRun runNow(boolean dryRun) {
    if (dryRun) {
      Instant closedBefore = closedBefore(period(), clock.instant());
      long due =
          em.createQuery("select count(c) from Complaint c" + DUE, Long.class)
              .setParameter("closed", ComplaintStatus.CLOSED)
              .setParameter("before", closedBefore)
              .getSingleResult();
      return new RetentionRun(period().toString(), closedBefore, true, due);
    }
    return removeExpired(session.getCallerPrincipal().getName());
  }

  /** The configured retention period for personal data of closed cases. */
  @PermitAll
  public Period period() {
    return settings.personalDataRetention();
  }

  private RetentionRun removeExpired(String actor) {
    Period period = period();
    Instant now = clock.instant();
    Instant closedBefore = closedBefore(period, now);
    int stripped = 0;
    List<Complaint> batch;
    do {
      batch =
          em.createQuery(
                  "select c from Complaint c" + DUE + " order by c.closedAt", Complaint.class)
              .setParameter("closed", ComplaintStatus.CLOSED)
              .setParameter("before", closedBefore)
              .setMaxResults(BATCH)
              .getResultList();
      for (Complaint complaint : batch) {
        if (complaint.removePersonalDataIfClosedBefore(closedBefore, now)) {
          stripped++;
          trail.recordAs(
              actor,
              AuditEventType.PERSONAL_DATA_REMOVED,
              "complaint",
              complaint.referenceNumber().toString(),
              AuditOutcome.SUCCESS,
              "complainant name, e-mail and phone removed: closed "
                  + complaint.closedAt()
                  + ", retention "
                  + period);
        }
      }
      em.flush();
      em.clear();
    } while (batch.size() == BATCH && stripped < MOST_PER_RUN);
    return new RetentionRun(period.toString(), closedBefore, false, stripped);
  }

  private Instant closedBefore(Period period, Instant now) {
    return now.atZone(clock.getZone()).minus(period).toInstant();
  }
}
