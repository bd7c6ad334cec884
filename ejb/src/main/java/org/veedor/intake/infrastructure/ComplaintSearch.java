package org.veedor.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veedor.intake.application.ComplaintFilter;
import org.veedor.intake.domain.Complaint;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;

/**
 * The filtered, paged list of complaints: one query for the page of ids, one for the complaints
 * with their allegations, one for the count. Never one query per row.
 */
@ApplicationScoped
public class ComplaintSearch {

  @PersistenceContext private EntityManager em;
  @Inject Clock clock;

  public Page<Complaint> find(ComplaintFilter filter, String unitPath, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.status() != null) {
      where.append(" and c.status = :status");
      params.put("status", filter.status());
    }
    if (hasText(filter.categoryCode())) {
      where.append(
          " and exists (select 1 from Allegation a where a.complaint = c"
              + " and a.category.code = :category)");
      params.put("category", filter.categoryCode().strip());
    }
    if (unitPath != null) {
      where.append(
          " and exists (select 1 from Allegation a where a.complaint = c"
              + " and a.unit.treePath like :unitPath)");
      params.put("unitPath", unitPath + "%");
    }
    if (hasText(filter.badgeNumber())) {
      where.append(
          " and exists (select 1 from Allegation a where a.complaint = c"
              + " and a.officer.badgeNumber = :badge)");
      params.put("badge", filter.badgeNumber().strip().toUpperCase(java.util.Locale.ROOT));
    }
    if (hasText(filter.territoryCode())) {
      where.append(" and c.territory.code = :territory");
      params.put("territory", filter.territoryCode().strip());
    }
    if (filter.receivedFrom() != null) {
      where.append(" and c.receivedAt >= :from");
      params.put("from", startOf(filter.receivedFrom()));
    }
    if (filter.receivedTo() != null) {
      where.append(" and c.receivedAt < :to");
      params.put("to", startOf(filter.receivedTo().plusDays(1)));
    }

    TypedQuery<Long> count = em.createQuery("select count(c) from Complaint c" + where, Long.class);
    params.forEach(count::setParameter);
    long total = count.getSingleResult();
    if (total == 0 || page.offset() >= total) {
      return Page.of(List.of(), page, total);
    }

    TypedQuery<Long> ids =
        em.createQuery(
            "select c.id from Complaint c" + where + " order by c.receivedAt desc, c.id desc",
            Long.class);
    params.forEach(ids::setParameter);
    List<Long> pageIds =
        ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();

    List<Complaint> rows =
        em.createQuery(
                "select distinct c from Complaint c left join fetch c.territory"
                    + " left join fetch c.allegations a left join fetch a.category"
                    + " left join fetch a.officer where c.id in :ids",
                Complaint.class)
            .setParameter("ids", pageIds)
            .getResultList();
    Map<Long, Complaint> byId = new HashMap<>();
    rows.forEach(c -> byId.put(c.id(), c));
    return Page.of(pageIds.stream().map(byId::get).toList(), page, total);
  }

  private Instant startOf(java.time.LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toInstant();
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
