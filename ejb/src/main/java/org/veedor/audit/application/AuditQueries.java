package org.veedor.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veedor.audit.domain.AuditChainHead;
import org.veedor.audit.domain.AuditEvent;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.audit.domain.ChainWalk;
import org.veedor.audit.domain.StoredEvent;
import org.veedor.audit.domain.Verification;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;

/** The auditor's reading of the trail: filtered pages of events, and verification of the chain. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditQueries {

  private static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail trail;
  @Inject AuditChainer chainer;
  @Inject Clock clock;

  /** Events, newest first, by user, type, object id and day range (all optional). */
  public Page<StoredEvent> list(
      String username,
      AuditEventType type,
      String objectId,
      LocalDate from,
      LocalDate to,
      PageRequest page) {
    chainer.drain();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (username != null && !username.isBlank()) {
      where.append(" and e.username = :username");
      params.put("username", username.strip());
    }
    if (type != null) {
      where.append(" and e.type = :type");
      params.put("type", type);
    }
    if (objectId != null && !objectId.isBlank()) {
      where.append(" and e.objectId = :objectId");
      params.put("objectId", objectId.strip());
    }
    if (from != null) {
      where.append(" and e.occurredAt >= :from");
      params.put("from", from.atStartOfDay(clock.getZone()).toInstant());
    }
    if (to != null) {
      where.append(" and e.occurredAt < :to");
      params.put("to", to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
    TypedQuery<Long> count =
        em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
    TypedQuery<AuditEvent> rows =
        em.createQuery(
            "select e from AuditEvent e" + where + " order by e.id desc", AuditEvent.class);
    params.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<StoredEvent> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(AuditEvent::stored)
            .toList();
    return Page.of(items, page, total);
  }

  /**
   * Walks the chain from the first event to the head and names the first event that does not hold:
   * one whose content changed, that does not follow the event before it, or that is missing.
   */
  public Verification verify() {
    chainer.drain();
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    ChainWalk walk = new ChainWalk();
    boolean more = true;
    while (more) {
      List<AuditEvent> chunk =
          em.createQuery(
                  "select e from AuditEvent e where e.id > :after and e.id <= :last order by e.id",
                  AuditEvent.class)
              .setParameter("after", walk.lastId())
              .setParameter("last", head.lastId())
              .setMaxResults(CHUNK)
              .getResultList();
      for (AuditEvent event : chunk) {
        more = walk.accept(event.stored());
        if (!more) {
          break;
        }
      }
      more = more && chunk.size() == CHUNK;
      em.clear();
    }
    Verification result = walk.finish(head.lastId(), head.lastHash());
    trail.record(
        AuditEventType.AUDIT_VERIFIED,
        "AUDIT_TRAIL",
        null,
        AuditOutcome.SUCCESS,
        result.intact()
            ? "intact, " + result.checked() + " events"
            : "broken at " + result.firstBrokenId() + ": " + result.reason());
    return result;
  }
}
