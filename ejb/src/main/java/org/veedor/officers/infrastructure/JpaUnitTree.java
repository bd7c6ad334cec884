package org.veedor.officers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.veedor.identity.domain.UnitTree;
import org.veedor.officers.domain.Unit;

/** The units' tree as the access rules read it (identity's port, answered from the unit table). */
@ApplicationScoped
public class JpaUnitTree implements UnitTree {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<String> pathOf(long unitId) {
    return Optional.ofNullable(em.find(Unit.class, unitId)).map(Unit::treePath);
  }
}
