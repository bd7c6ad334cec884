package org.veedor.search.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.intake.domain.Complaint;
import org.veedor.officers.domain.Officer;

/** Counts the database's and the index's complaints and officers. */
@Stateless
@PermitAll
public class IndexCounts {

  @PersistenceContext EntityManager em;

  public IndexConsistency now() {
    var search = Search.session(em);
    return new IndexConsistency(
        em.createQuery("select count(c) from Complaint c", Long.class).getSingleResult(),
        search.search(Complaint.class).where(f -> f.matchAll()).fetchTotalHitCount(),
        em.createQuery("select count(o) from Officer o", Long.class).getSingleResult(),
        search.search(Officer.class).where(f -> f.matchAll()).fetchTotalHitCount());
  }

  /** The layout of the documents the index was last built with; 0 before any build. */
  public int layout() {
    Number layout =
        (Number)
            em.createNativeQuery("select max(layout) from search_index_layout").getSingleResult();
    return layout == null ? 0 : layout.intValue();
  }

  /** Keeps that the index was built with this layout. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void builtWith(int layout) {
    em.createNativeQuery("delete from search_index_layout").executeUpdate();
    em.createNativeQuery("insert into search_index_layout (layout) values (?1)")
        .setParameter(1, layout)
        .executeUpdate();
  }
}
