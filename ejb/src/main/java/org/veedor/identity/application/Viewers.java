package org.veedor.identity.application;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veedor.identity.domain.AppUser;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.UnitTree;
import org.veedor.identity.domain.Viewer;

/** Builds the {@link Viewer} of the current call from its security context and the user table. */
@ApplicationScoped
public class Viewers {

  @PersistenceContext EntityManager em;
  @Inject UnitTree units;
  @Inject IdentitySettings settings;

  /** The e-mail address of an enabled user, where one is known. */
  public java.util.Optional<String> emailOf(String username) {
    AppUser user = username == null ? null : em.find(AppUser.class, username);
    if (user == null || !user.isEnabled() || user.email() == null || user.email().isBlank()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(user.email());
  }

  /**
   * Another user as the access rules would see them (to decide whom a case may be assigned to);
   * empty when no such user is enabled.
   */
  public java.util.Optional<Viewer> of(String username) {
    AppUser user = em.find(AppUser.class, username);
    if (user == null || !user.isEnabled()) {
      return java.util.Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<String> granted =
        em.createNativeQuery("select role_name from app_user_role where username = ?1")
            .setParameter(1, username)
            .getResultList();
    return java.util.Optional.of(
        new Viewer(
            username,
            Set.copyOf(granted),
            user.officerId(),
            user.unitId(),
            inSealedCasesUnit(user.unitId())));
  }

  public Viewer current(EJBContext context) {
    String username =
        context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
    Set<String> roles = new LinkedHashSet<>();
    for (String role : Roles.ALL) {
      if (context.isCallerInRole(role)) {
        roles.add(role);
      }
    }
    AppUser user = username == null ? null : em.find(AppUser.class, username);
    Long unitId = user == null ? null : user.unitId();
    return new Viewer(
        username,
        Set.copyOf(roles),
        user == null ? null : user.officerId(),
        unitId,
        inSealedCasesUnit(unitId));
  }

  /**
   * Whether the unit is the sealed-cases unit or lies below it; never when no sealed-cases unit is
   * configured.
   */
  private boolean inSealedCasesUnit(Long unitId) {
    return unitId != null
        && settings
            .sealedUnit()
            .flatMap(
                sealedUnit ->
                    units.pathOf(unitId).map(path -> path.contains("/" + sealedUnit + "/")))
            .orElse(false);
  }
}
