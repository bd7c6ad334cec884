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
import java.util.List;
import org.veedor.audit.domain.AuditChainHead;
import org.veedor.audit.domain.AuditEvent;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.audit.domain.StoredEvent;

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

  /**
   * Takes the lock on the head of the chain now, for the rest of the transaction: work that decides
   * what to record from what it reads (an inbox of observed events) reads after this, so that two
   * nodes never record the same thing twice.
   */
  public void lockChain() {
    em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * What was done to one object, oldest first: every event but reads and listings, for the object's
   * own timeline. The caller has checked that the reader may see the object.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<StoredEvent> changesTo(String objectType, String objectId) {
    return em
        .createQuery(
            "select e from AuditEvent e where e.objectType in :types and e.objectId = :id"
                + " and e.type not in :reads order by e.id",
            AuditEvent.class)
        // early events spelled the type in capitals
        .setParameter(
            "types",
            List.of(
                objectType.toLowerCase(java.util.Locale.ROOT),
                objectType.toUpperCase(java.util.Locale.ROOT)))
        .setParameter("id", objectId)
        .setParameter("reads", List.of(AuditEventType.CASE_READ, AuditEventType.CASE_LIST))
        .getResultList()
        .stream()
        .map(AuditEvent::stored)
        .toList();
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
