package org.veedor.platform.nodes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/**
 * The lease rows, each change in a transaction of its own so that it is seen by the other nodes at
 * once and a refused insert (another node was first) spoils nothing else. Times are the database's:
 * {@code current_timestamp} on every node.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LeaseRows {

  /** A lease not renewed for this long has lost its holder. */
  public static final int EXPIRES_AFTER_SECONDS = 30;

  private static final String EXPIRED =
      "renewed_at < current_timestamp - interval '" + EXPIRES_AFTER_SECONDS + "' second";

  @PersistenceContext EntityManager em;

  /** Takes the work's lease from a holder that stopped renewing it; true when it is now ours. */
  public boolean takeOver(String work, String node) {
    return em.createNativeQuery(
                "update work_lease set node = ?1, taken_at = current_timestamp,"
                    + " renewed_at = current_timestamp where work = ?2 and "
                    + EXPIRED)
            .setParameter(1, node)
            .setParameter(2, work)
            .executeUpdate()
        == 1;
  }

  /** Takes the lease of work that nobody holds; false when another node was first. */
  public boolean insert(String work, String node) {
    try {
      em.createNativeQuery(
              "insert into work_lease (work, node, taken_at, renewed_at)"
                  + " values (?1, ?2, current_timestamp, current_timestamp)")
          .setParameter(1, work)
          .setParameter(2, node)
          .executeUpdate();
      em.flush();
      return true;
    } catch (PersistenceException e) {
      return false; // the key is taken: this transaction rolls back, and the caller reads again
    }
  }

  /** Renews the work's lease; false when the node no longer holds it (another took it over). */
  public boolean renew(String work, String node) {
    return em.createNativeQuery(
                "update work_lease set renewed_at = current_timestamp where work = ?1 and node = ?2")
            .setParameter(1, work)
            .setParameter(2, node)
            .executeUpdate()
        == 1;
  }

  /** Gives the work's lease up, when the node holds it. */
  public void release(String work, String node) {
    em.createNativeQuery("delete from work_lease where work = ?1 and node = ?2")
        .setParameter(1, work)
        .setParameter(2, node)
        .executeUpdate();
  }

  /** The node that holds the work's lease and still renews it, if any. */
  public Optional<String> holder(String work) {
    @SuppressWarnings("unchecked")
    List<String> nodes =
        em.createNativeQuery(
                "select node from work_lease where work = ?1 and not (" + EXPIRED + ")")
            .setParameter(1, work)
            .getResultList();
    return nodes.stream().findFirst();
  }
}
