package org.veedor.officers.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.Roles;
import org.veedor.officers.domain.Codes;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.Territory;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitLevel;
import org.veedor.officers.domain.UnitRepository;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NoSuchObjectException;

/**
 * The administrator's changes to the unit tree and its territories: units and territories are
 * created and renamed, and a unit is closed once nobody works in it; codes never change, since
 * reports, imports and the access rules name units by them. Each change is audited with its before
 * and after.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OrganisationAdministration {

  @Inject UnitRepository units;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public TerritoryView createTerritory(String code, String name) {
    requireCode(code);
    String named = requireName(name);
    if (units.findTerritoryByCode(code).isPresent()) {
      throw new InvalidInputException("code", OfficerRefusal.CODE_TAKEN, code);
    }
    Territory territory = new Territory(code, named);
    em.persist(territory);
    record("territory", code, "created: name " + named);
    return new TerritoryView(code, named);
  }

  public TerritoryView renameTerritory(String code, String name) {
    Territory territory =
        units
            .findTerritoryByCode(code)
            .orElseThrow(() -> new NoSuchObjectException(OfficerRefusal.NO_SUCH_TERRITORY));
    String named = requireName(name);
    String before = territory.name();
    territory.rename(named);
    record("territory", code, "name: " + before + " -> " + named);
    return new TerritoryView(code, named);
  }

  /**
   * A new unit: the top of the tree (a national unit) when it has no parent, else under an open
   * parent at a level below the parent's.
   */
  public UnitView createUnit(
      String code, String name, String level, String parentCode, String territoryCode) {
    requireCode(code);
    String named = requireName(name);
    UnitLevel unitLevel = levelOf(level);
    if (units.findByCode(code).isPresent()) {
      throw new InvalidInputException("code", OfficerRefusal.CODE_TAKEN, code);
    }
    Territory territory =
        units
            .findTerritoryByCode(territoryCode == null ? "" : territoryCode.strip())
            .orElseThrow(
                () -> new InvalidInputException("territoryCode", OfficerRefusal.NO_SUCH_TERRITORY));
    Unit unit;
    if (parentCode == null || parentCode.isBlank()) {
      if (unitLevel != UnitLevel.NATIONAL) {
        throw new InvalidInputException("parentCode", OfficerRefusal.TOP_IS_NATIONAL);
      }
      boolean topExists =
          em.createQuery("select count(u) from Unit u where u.parent is null", Long.class)
                  .getSingleResult()
              > 0;
      if (topExists) {
        throw new InvalidInputException("parentCode", OfficerRefusal.TOP_EXISTS);
      }
      unit = Unit.national(code, named, territory);
    } else {
      Unit parent =
          units
              .findByCode(parentCode.strip())
              .orElseThrow(
                  () -> new InvalidInputException("parentCode", OfficerRefusal.NO_SUCH_UNIT));
      if (parent.isClosed()) {
        throw new InvalidInputException("parentCode", OfficerRefusal.UNIT_CLOSED);
      }
      if (!unitLevel.mayBeUnder(parent.level())) {
        throw new InvalidInputException(
            "level",
            OfficerRefusal.LEVEL_NOT_UNDER_PARENT,
            unitLevel.name(),
            parent.level().name());
      }
      unit = parent.addSubunit(code, named, unitLevel, territory);
    }
    em.persist(unit);
    record(
        "unit",
        code,
        "created: name "
            + named
            + ", level "
            + unitLevel
            + ", under "
            + (unit.parent() == null ? "-" : unit.parent().code())
            + ", territory "
            + territory.code());
    return OfficerRegistry.view(unit);
  }

  public UnitView renameUnit(String code, String name) {
    Unit unit = find(code);
    String named = requireName(name);
    String before = unit.name();
    unit.rename(named);
    record("unit", code, "name: " + before + " -> " + named);
    return OfficerRegistry.view(unit);
  }

  /**
   * Closes a unit for good: refused while open units lie below it, accounts belong to it or
   * officers are posted to it (now or from a later day), so that nobody is left in a unit that no
   * longer exists.
   */
  public UnitView closeUnit(String code) {
    Unit unit = find(code);
    if (unit.isClosed()) {
      throw new ConflictException(OfficerRefusal.UNIT_CLOSED);
    }
    long openBelow =
        em.createQuery(
                "select count(u) from Unit u where locate(:path, u.treePath) = 1"
                    + " and u.treePath <> :path and u.closedOn is null",
                Long.class)
            .setParameter("path", unit.treePath())
            .getSingleResult();
    if (openBelow > 0) {
      throw new ConflictException(OfficerRefusal.UNIT_HAS_OPEN_SUBUNITS, openBelow);
    }
    long members =
        ((Number)
                em.createNativeQuery("select count(*) from app_user where unit_id = ?1")
                    .setParameter(1, unit.id())
                    .getSingleResult())
            .longValue();
    if (members > 0) {
      throw new ConflictException(OfficerRefusal.UNIT_HAS_MEMBERS, members);
    }
    LocalDate today = LocalDate.now(clock);
    long posted =
        em.createQuery(
                "select count(a) from Assignment a where a.unit = :unit"
                    + " and (a.endDate is null or a.endDate >= :today)",
                Long.class)
            .setParameter("unit", unit)
            .setParameter("today", today)
            .getSingleResult();
    if (posted > 0) {
      throw new ConflictException(OfficerRefusal.UNIT_HAS_OFFICERS, posted);
    }
    unit.close(today);
    record("unit", code, "closed: open -> closed on " + today);
    return OfficerRegistry.view(unit);
  }

  private Unit find(String code) {
    return units
        .findByCode(code == null ? "" : code.strip())
        .orElseThrow(() -> new NoSuchObjectException(OfficerRefusal.NO_SUCH_UNIT));
  }

  private static void requireCode(String code) {
    if (!Codes.isCode(code)) {
      throw new InvalidInputException("code", OfficerRefusal.CODE_FORM);
    }
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw new InvalidInputException("name", OfficerRefusal.NAME_REQUIRED);
    }
    return name.strip();
  }

  private static UnitLevel levelOf(String level) {
    try {
      return UnitLevel.valueOf(level == null ? "" : level.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("level", OfficerRefusal.NO_SUCH_LEVEL);
    }
  }

  private void record(String objectType, String code, String detail) {
    audit.record(
        AuditEventType.ORGANISATION_CHANGED, objectType, code, AuditOutcome.SUCCESS, detail);
  }
}
