package org.veedor.search.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.veedor.intake.domain.Complaint;
import org.veedor.officers.domain.Officer;

/**
 * Rewrites the index documents of a batch of complaints or officers, in a transaction of its own,
 * as updates: a document is replaced, never doubled, even when a user changes the same case at the
 * same moment.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexBatches {

  @PersistenceContext EntityManager em;

  /**
   * @return the last id rewritten, or -1 when there were none after {@code afterId}
   */
  public long complaints(long afterId, int size) {
    List<Long> ids =
        em.createQuery("select c.id from Complaint c where c.id > :after order by c.id", Long.class)
            .setParameter("after", afterId)
            .setMaxResults(size)
            .getResultList();
    if (ids.isEmpty()) {
      return -1;
    }
    List<Complaint> batch =
        em.createQuery(
                "select distinct c from Complaint c left join fetch c.territory"
                    + " left join fetch c.allegations a left join fetch a.category"
                    + " left join fetch a.officer left join fetch a.unit where c.id in :ids",
                Complaint.class)
            .setParameter("ids", ids)
            .getResultList();
    SearchSession search = Search.session(em);
    batch.forEach(c -> search.indexingPlan().addOrUpdate(c));
    return ids.get(ids.size() - 1);
  }

  /**
   * @return the last id rewritten, or -1 when there were none after {@code afterId}
   */
  public long officers(long afterId, int size) {
    List<Officer> batch =
        em.createQuery("select o from Officer o where o.id > :after order by o.id", Officer.class)
            .setParameter("after", afterId)
            .setMaxResults(size)
            .getResultList();
    if (batch.isEmpty()) {
      return -1;
    }
    SearchSession search = Search.session(em);
    batch.forEach(o -> search.indexingPlan().addOrUpdate(o));
    return batch.get(batch.size() - 1).id();
  }

  public long[] counts() {
    return new long[] {
      em.createQuery("select count(c) from Complaint c", Long.class).getSingleResult(),
      em.createQuery("select count(o) from Officer o", Long.class).getSingleResult()
    };
  }
}
