package org.veedor.search.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
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
}
