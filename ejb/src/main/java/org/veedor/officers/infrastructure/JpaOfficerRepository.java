package org.veedor.officers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerRepository;

@ApplicationScoped
public class JpaOfficerRepository implements OfficerRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Officer> findByBadge(BadgeNumber badge) {
    return em.createNamedQuery("Officer.findByBadge", Officer.class)
        .setParameter("badge", badge.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Officer officer) {
    em.persist(officer);
  }
}
