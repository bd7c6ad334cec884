package org.veedor.officers.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.veedor.identity.domain.Roles;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.OfficerRepository;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitRepository;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;

/** Reads the officer registry: officers with their history, the unit tree, territories. */
// reads of the registry are open to every role; what is done with them is checked elsewhere
@RolesAllowed(Roles.SIGNED_IN)
@Stateless
public class OfficerRegistry {

  @Inject OfficerRepository officers;
  @Inject UnitRepository units;
  @PersistenceContext EntityManager em;

  public Optional<OfficerDetails> find(@NotNull String badgeNumber) {
    BadgeNumber badge;
    try {
      badge = BadgeNumber.parse(badgeNumber);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return officers.findByBadge(badge).map(OfficerRegistry::details);
  }

  /**
   * Officers whose name or badge starts with the text (any case), optionally within a unit's
   * subtree by current posting, ordered by family names.
   */
  public Page<OfficerSummary> search(String text, String unitCode, @NotNull PageRequest page) {
    String unitPath = null;
    if (unitCode != null && !unitCode.isBlank()) {
      unitPath =
          units
              .findByCode(unitCode.strip())
              .map(Unit::treePath)
              .orElseThrow(() -> new InvalidInputException("unit", OfficerRefusal.NO_SUCH_UNIT));
    }
    StringBuilder where = new StringBuilder(" where 1 = 1");
    String pattern = null;
    if (text != null && !text.isBlank()) {
      pattern = text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
      where.append(
          " and (lower(o.familyNames) like :text or lower(o.givenNames) like :text"
              + " or lower(o.badgeNumber) like :text)");
    }
    if (unitPath != null) {
      where.append(
          " and exists (select 1 from Assignment a where a.officer = o and a.endDate is null"
              + " and a.unit.treePath like :unitPath)");
    }
    TypedQuery<Long> count = em.createQuery("select count(o) from Officer o" + where, Long.class);
    TypedQuery<Officer> rows =
        em.createQuery(
            "select o from Officer o" + where + " order by o.familyNames, o.givenNames, o.id",
            Officer.class);
    if (pattern != null) {
      count.setParameter("text", pattern);
      rows.setParameter("text", pattern);
    }
    if (unitPath != null) {
      count.setParameter("unitPath", unitPath + "%");
      rows.setParameter("unitPath", unitPath + "%");
    }
    long total = count.getSingleResult();
    List<Officer> found =
        total == 0
            ? List.of()
            : rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    // current postings for the page in one query, not one per officer
    List<Object[]> postings =
        found.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select a.officer.id, u.code, u.name from Assignment a join a.unit u"
                        + " where a.officer in :officers and a.endDate is null",
                    Object[].class)
                .setParameter("officers", found)
                .getResultList();
    return Page.of(
        found.stream()
            .map(
                o -> {
                  Object[] posting =
                      postings.stream().filter(p -> p[0].equals(o.id())).findFirst().orElse(null);
                  return new OfficerSummary(
                      o.badgeNumber().value(),
                      o.givenNames(),
                      o.familyNames(),
                      o.rank().name(),
                      o.status().name(),
                      posting == null ? null : (String) posting[1],
                      posting == null ? null : (String) posting[2]);
                })
            .toList(),
        page,
        total);
  }

  public List<UnitView> units() {
    return units.findAll().stream().map(OfficerRegistry::view).toList();
  }

  public Optional<UnitView> unit(@NotNull String code) {
    return units.findByCode(code.strip()).map(OfficerRegistry::view);
  }

  /** The id of an open unit, for a record that names its unit by id (an account). */
  public Optional<Long> openUnitId(@NotNull String code) {
    return units.findByCode(code.strip()).filter(u -> !u.isClosed()).map(Unit::id);
  }

  /** The code of a unit by its id. */
  public Optional<String> unitCode(Long id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Unit.class, id)).map(Unit::code);
  }

  public List<TerritoryView> territories() {
    return units.findAllTerritories().stream()
        .map(t -> new TerritoryView(t.code(), t.name()))
        .toList();
  }

  static UnitView view(Unit u) {
    return new UnitView(
        u.code(),
        u.name(),
        u.level().name(),
        u.parent() == null ? null : u.parent().code(),
        u.territory().code(),
        u.territory().name(),
        (int) u.treePath().chars().filter(ch -> ch == '/').count() - 2,
        u.closedOn());
  }

  private static OfficerDetails details(Officer o) {
    return new OfficerDetails(
        o.badgeNumber().value(),
        o.givenNames(),
        o.familyNames(),
        o.rank().name(),
        o.status().name(),
        o.assignments().stream()
            .map(
                a ->
                    new OfficerDetails.AssignmentView(
                        a.unit().code(), a.unit().name(), a.startDate(), a.endDate()))
            .toList());
  }
}
