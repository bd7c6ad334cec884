package org.veedor.intake.infrastructure;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veedor.intake.domain.AllegationCategory;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintRepository;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.intake.domain.ReferenceSequence;

@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

  @PersistenceContext private EntityManager em;
  @Inject ReferenceYears years;

  @Override
  public Optional<Complaint> findByReference(ReferenceNumber reference) {
    return em.createNamedQuery("Complaint.findByReference", Complaint.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Complaint complaint) {
    em.persist(complaint);
  }

  @Override
  public ReferenceNumber nextReference(int year) {
    ReferenceSequence sequence =
        em.find(ReferenceSequence.class, year, LockModeType.PESSIMISTIC_WRITE);
    if (sequence == null) {
      try {
        years.open(year);
      } catch (EJBException openedConcurrently) {
        // another registration opened the year at the same moment: its row serves us as well
      }
      sequence = em.find(ReferenceSequence.class, year, LockModeType.PESSIMISTIC_WRITE);
    }
    return sequence.next();
  }

  @Override
  public Optional<AllegationCategory> findCategory(String code) {
    return em.createNamedQuery("AllegationCategory.findByCode", AllegationCategory.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AllegationCategory> findAllCategories() {
    return em.createNamedQuery("AllegationCategory.findAll", AllegationCategory.class)
        .getResultList();
  }
}
