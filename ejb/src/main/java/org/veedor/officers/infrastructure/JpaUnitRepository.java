package org.veedor.officers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veedor.officers.domain.Territory;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitRepository;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Unit> findByCode(String code) {
    return em.createNamedQuery("Unit.findByCode", Unit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Unit> findAll() {
    return em.createNamedQuery("Unit.findAll", Unit.class).getResultList();
  }

  @Override
  public Optional<Territory> findTerritoryByCode(String code) {
    return em.createNamedQuery("Territory.findByCode", Territory.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Territory> findAllTerritories() {
    return em.createNamedQuery("Territory.findAll", Territory.class).getResultList();
  }
}
