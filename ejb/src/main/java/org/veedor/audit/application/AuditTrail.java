package org.veedor.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.audit.domain.PendingAuditEvent;
import org.veedor.platform.DatabaseTimes;

/**
 * Records audit events in the caller's transaction: a change and its event commit together or not
 * at all. The caller is whoever called the service that records.
 *
 * <p>Recording takes no lock and never waits for another transaction: the event waits in the inbox
 * ({@code audit_inbox}) until {@link AuditChainer} hashes it onto the chain, within a few seconds,
 * and before anyone reads the trail.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

  public static final String ANONYMOUS = "anonymous";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  public void record(
      AuditEventType type,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String detail) {
    append(clock.instant(), caller(), type, objectType, objectId, outcome, detail);
  }

  /**
   * An event of work the application does by itself (a scheduled job), under the job's name, or
   * under the name of the user who asked for it.
   */
  public void recordAs(
      String username,
      AuditEventType type,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String detail) {
    append(clock.instant(), username, type, objectType, objectId, outcome, detail);
  }

  /**
   * An event the application did not cause but observed afterwards, such as a sign-in that the
   * server's security layer handled: it keeps the time and user of the original happening.
   */
  public void recordObserved(
      Instant occurredAt,
      String username,
      AuditEventType type,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String detail) {
    append(occurredAt, username, type, objectType, objectId, outcome, detail);
  }

  /**
   * What was done to one object, oldest first: every event but reads and listings, for the object's
   * own timeline, chained or still waiting to be (one statement reads both, so that an event the
   * chainer moves meanwhile is seen once). The caller has checked that the reader may see the
   * object.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<RecordedChange> changesTo(String objectType, String objectId) {
    String columns = "occurred_at, username, event_type, detail";
    String where =
        " where object_type in (?1, ?2) and object_id = ?3 and event_type not in (?4, ?5)";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + columns
                    + ", 0 as waiting, id from audit_event"
                    + where
                    + " union all select "
                    + columns
                    + ", 1 as waiting, id from audit_inbox"
                    + where
                    + " order by waiting, id")
            // early events spelled the type in capitals
            .setParameter(1, objectType.toLowerCase(Locale.ROOT))
            .setParameter(2, objectType.toUpperCase(Locale.ROOT))
            .setParameter(3, objectId)
            .setParameter(4, AuditEventType.CASE_READ.name())
            .setParameter(5, AuditEventType.CASE_LIST.name())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new RecordedChange(
                    DatabaseTimes.instant(row[0]),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3]))
        .toList();
  }

  /** One change to an object as its timeline shows it. */
  public record RecordedChange(Instant occurredAt, String username, String type, String detail) {}

  private void append(
      Instant occurredAt,
      String username,
      AuditEventType type,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String detail) {
    em.persist(
        new PendingAuditEvent(occurredAt, username, type, objectType, objectId, outcome, detail));
  }

  private String caller() {
    Principal principal = session.getCallerPrincipal();
    return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
  }
}
