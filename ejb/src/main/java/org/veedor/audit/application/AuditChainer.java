package org.veedor.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.veedor.audit.domain.AuditChainHead;
import org.veedor.audit.domain.AuditEvent;
import org.veedor.audit.domain.PendingAuditEvent;

/**
 * The one writer of the chain. Events wait in two inboxes: {@code audit_inbox}, where the
 * application's own work records them without a lock, and {@code sign_in_attempt}, where the
 * server's security layer leaves sign-ins. The chainer takes the chain head's lock, moves the
 * waiting events onto the end of the chain in the order it finds them, each hashed onto the one
 * before, and deletes them from their inbox in the same transaction: an event is either waiting or
 * chained, never lost and never twice. It runs every two seconds and before anyone reads the trail.
 *
 * <p>Chainers may run at once (two nodes, or the timer and a reader of the trail): each takes the
 * lock before it reads an inbox, so the second reads what the first left, never the events the
 * first is already chaining. Only chainers take the lock; the work that records events never waits
 * for it.
 */
@Singleton
@DependsOn("SchemaMigration") // its timer may fire before the first use: the inbox must exist
@Lock(LockType.READ)
@PermitAll
public class AuditChainer {

  private static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "audit chainer")
  void onSchedule() {
    chainWaiting();
  }

  /**
   * Chains every event waiting now, in a transaction of its own (committed before the caller reads
   * the trail, and holding the lock no longer than it takes); returns how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int drain() {
    return chainWaiting();
  }

  private int chainWaiting() {
    if (!anyWaiting()) {
      return 0; // nothing to chain: no lock taken
    }
    Chain chain = new Chain();
    int chained = 0;
    int batch;
    do {
      batch = new SignInInbox(em).fold(chain, BATCH);
      chained += batch;
      chain.flush();
    } while (batch == BATCH);
    do {
      batch = foldPending(chain);
      chained += batch;
      chain.flush();
    } while (batch == BATCH);
    return chained;
  }

  private boolean anyWaiting() {
    return !em.createNativeQuery("select id from audit_inbox")
            .setMaxResults(1)
            .getResultList()
            .isEmpty()
        || !em.createNativeQuery("select id from sign_in_attempt")
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  private int foldPending(Chain chain) {
    List<PendingAuditEvent> waiting =
        em.createQuery("select p from PendingAuditEvent p order by p.id", PendingAuditEvent.class)
            .setMaxResults(BATCH)
            .getResultList();
    if (waiting.isEmpty()) {
      return 0;
    }
    waiting.forEach(chain::append);
    // by id, never by range: an event whose transaction commits later with a lower id waits for the
    // next round instead of being deleted unseen
    em.createQuery("delete from PendingAuditEvent p where p.id in :ids")
        .setParameter("ids", waiting.stream().map(PendingAuditEvent::id).toList())
        .executeUpdate();
    return waiting.size();
  }

  /** The end of the chain, held under its lock for the rest of the transaction. */
  public final class Chain {

    private AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);

    void append(PendingAuditEvent pending) {
      AuditEvent event = pending.chainedAfter(head.lastId(), head.lastHash());
      em.persist(event);
      head.advanceTo(event);
    }

    /** Writes what was chained so far and lets it go from memory (the lock stays). */
    void flush() {
      em.flush();
      em.clear();
      head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }
  }
}
