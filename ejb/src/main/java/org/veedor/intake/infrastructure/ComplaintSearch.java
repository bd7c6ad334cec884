package org.veedor.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintFilter;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;

/**
 * The filtered, paged list of complaints: one query for the page of ids, one for the complaints
 * with their allegations, one for the count. Never one query per row.
 */
@ApplicationScoped
public class ComplaintSearch {

  @PersistenceContext private EntityManager em;

  public Page<Complaint> find(
      ComplaintFilter filter, String unitPath, PageRequest page, Viewer viewer) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    visibleTo(viewer, where, params);
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
    // the calendar day of receipt in the record's zone, both ends inclusive (as the reports)
    if (filter.receivedFrom() != null) {
      where.append(" and c.receivedOn >= :from");
      params.put("from", filter.receivedFrom());
    }
    if (filter.receivedTo() != null) {
      where.append(" and c.receivedOn <= :to");
      params.put("to", filter.receivedTo());
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

  /** Of these references, those the viewer may see (the access rules, inside the query). */
  public java.util.Set<String> visibleReferences(
      java.util.Collection<ReferenceNumber> references, Viewer viewer) {
    if (references.isEmpty()) {
      return java.util.Set.of();
    }
    StringBuilder where = new StringBuilder(" where c.referenceNumber in :references");
    Map<String, Object> params = new HashMap<>();
    params.put("references", references);
    visibleTo(viewer, where, params);
    TypedQuery<ReferenceNumber> query =
        em.createQuery("select c.referenceNumber from Complaint c" + where, ReferenceNumber.class);
    params.forEach(query::setParameter);
    java.util.Set<String> visible = new java.util.HashSet<>();
    query.getResultList().forEach(r -> visible.add(r.toString()));
    return visible;
  }

  /**
   * For every allegation naming an officer in a complaint the viewer may see: the complaint's id,
   * the officer's id and whether the allegation is of corruption. The access rules are in the
   * query, as for lists.
   */
  public List<Object[]> namedOfficersOfVisibleComplaints(Viewer viewer) {
    StringBuilder where = new StringBuilder(" where a.officer is not null");
    Map<String, Object> params = new HashMap<>();
    visibleTo(viewer, where, params);
    TypedQuery<Object[]> query =
        em.createQuery(
            "select c.id, a.officer.id, case when a.category.group = :corruption then 1 else 0 end"
                + " from Allegation a join a.complaint c"
                + where,
            Object[].class);
    query.setParameter("corruption", CategoryGroup.CORRUPTION);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  /**
   * The complaint with this reference as typed, if it is a reference, exists and the viewer may see
   * it.
   */
  public Optional<Complaint> findVisible(String reference, Viewer viewer) {
    ReferenceNumber number;
    try {
      number = ReferenceNumber.parse(reference);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return findVisible(number, viewer);
  }

  /** The complaint with this reference, if it exists and the viewer may see it. */
  public Optional<Complaint> findVisible(ReferenceNumber reference, Viewer viewer) {
    StringBuilder where = new StringBuilder(" where c.referenceNumber = :reference");
    Map<String, Object> params = new HashMap<>();
    params.put("reference", reference);
    visibleTo(viewer, where, params);
    TypedQuery<Complaint> query =
        em.createQuery("select c from Complaint c" + where, Complaint.class);
    params.forEach(query::setParameter);
    return query.getResultStream().findFirst();
  }

  /** The access policy, as conditions of the query itself (see {@link JpqlCaseAccess}). */
  private static void visibleTo(Viewer viewer, StringBuilder where, Map<String, Object> params) {
    JpqlCaseAccess.append(viewer, AccessPolicy.Purpose.READ, where, params);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
