package org.veedor.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veedor.intake.domain.CaseMessage;
import org.veedor.intake.domain.Receipt;
import org.veedor.intake.domain.ReceiptRepository;

@ApplicationScoped
public class JpaReceiptRepository implements ReceiptRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Receipt receipt) {
    em.persist(receipt);
  }

  @Override
  public Optional<Receipt> findForCheck(long complaintId) {
    return Optional.ofNullable(em.find(Receipt.class, complaintId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(CaseMessage message) {
    em.persist(message);
  }

  @Override
  public List<CaseMessage> messages(long complaintId) {
    return em.createQuery(
            "select m from CaseMessage m where m.complaintId = :complaint order by m.createdAt, m.id",
            CaseMessage.class)
        .setParameter("complaint", complaintId)
        .getResultList();
  }
}
