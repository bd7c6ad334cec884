package org.veedor.intake.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.veedor.identity.domain.Roles;

/**
 * Opens the reference sequence of a new year in a transaction of its own, so that the first
 * registrations of a year, arriving together, all find the row and queue on its lock. (An
 * administrator's historical import opens the years of the complaints it brings.)
 */
@RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR, Roles.ADMIN})
@Stateless
public class ReferenceYears {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(int year) {
    em.createNativeQuery(
            "insert into reference_sequence (reference_year, last_serial) "
                + "select ?1, 0 from (values (1)) as one(x) "
                + "where not exists (select 1 from reference_sequence where reference_year = ?1)")
        .setParameter(1, year)
        .executeUpdate();
  }
}
