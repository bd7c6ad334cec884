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

/** The shared keys' rows, each read or write in a transaction of its own. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SharedSecretRows {

  @PersistenceContext EntityManager em;

  /** The key kept under this name, in Base64, if one was made. */
  public Optional<String> read(String name) {
    @SuppressWarnings("unchecked")
    List<String> found =
        em.createNativeQuery("select secret from shared_secret where name = ?1")
            .setParameter(1, name)
            .getResultList();
    return found.stream().findFirst();
  }

  /** Keeps a key under the name; false when another node kept one first. */
  public boolean create(String name, String secret) {
    try {
      em.createNativeQuery("insert into shared_secret (name, secret) values (?1, ?2)")
          .setParameter(1, name)
          .setParameter(2, secret)
          .executeUpdate();
      em.flush();
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }
}
