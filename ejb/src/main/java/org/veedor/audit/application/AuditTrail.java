package org.veedor.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import org.veedor.audit.domain.AuditChainHead;
import org.veedor.audit.domain.AuditEvent;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;

/**
 * Records audit events in the caller's transaction: a change and its event commit together or not
 * at all. The caller is whoever called the service that records.
 *
 * <p>Each event locks the head of the chain until its transaction ends; a service records its event
 * as its last step, and never from inside another recording transaction.
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

  private void append(
      Instant occurredAt,
      String username,
      AuditEventType type,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String detail) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent event =
        new AuditEvent(
            head.lastId(),
            head.lastHash(),
            occurredAt,
            username,
            type,
            objectType,
            objectId,
            outcome,
            detail);
    em.persist(event);
    head.advanceTo(event);
  }

  private String caller() {
    Principal principal = session.getCallerPrincipal();
    return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
  }
}
