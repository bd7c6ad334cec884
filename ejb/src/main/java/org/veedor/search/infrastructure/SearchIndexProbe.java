package org.veedor.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.intake.domain.Complaint;
import org.veedor.platform.health.Probe;

/** The search index can be read: a count of its complaints within two seconds. */
@ApplicationScoped
public class SearchIndexProbe implements Probe {

  @PersistenceContext EntityManager em;

  @Override
  public String name() {
    return "search-index";
  }

  @Override
  public Optional<String> trouble() {
    try {
      Search.session(em)
          .search(Complaint.class)
          .where(f -> f.matchAll())
          .truncateAfter(2, TimeUnit.SECONDS)
          .fetchTotalHitCount();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }
}
