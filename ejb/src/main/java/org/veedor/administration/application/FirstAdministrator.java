package org.veedor.administration.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.AppUser;
import org.veedor.identity.domain.OneTimePassword;
import org.veedor.identity.domain.PasswordDigest;
import org.veedor.identity.domain.Roles;

/**
 * The first administrator of a new install, without SQL: when {@code VEEDOR_BOOTSTRAP_ADMIN} names
 * a user and no enabled administrator exists, the start creates that account with the ADMIN role
 * and a one-time password, printed once in the server log and good for nothing but its own change
 * at the first sign-in. Once an administrator exists the setting does nothing (the log says so), so
 * it cannot be used to take over an install; a name already taken by another account is refused.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

  /** The account's name in the trail for what the start does by itself. */
  static final String SYSTEM = "veedor";

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject AdministrationSettings settings;
  @Inject AuditTrail audit;
  @PersistenceContext EntityManager em;

  @PostConstruct
  void createWhenAsked() {
    Optional<String> asked = settings.bootstrapAdmin();
    if (asked.isEmpty()) {
      return;
    }
    String username = asked.get();
    long admins =
        em.createNamedQuery("AppUser.countEnabledInRole", Long.class)
            .setParameter("role", Roles.ADMIN)
            .getSingleResult();
    if (admins > 0) {
      LOG.info(
          "VEEDOR_BOOTSTRAP_ADMIN is set but an administrator exists: nothing created;"
              + " remove the setting");
      return;
    }
    if (em.find(AppUser.class, username) != null) {
      LOG.warning(
          "VEEDOR_BOOTSTRAP_ADMIN names "
              + username
              + ", an existing account without the ADMIN role: nothing created; name a new user");
      return;
    }
    char[] password = OneTimePassword.generate();
    em.persist(
        new AppUser(
            username,
            "Administrator",
            null,
            null,
            List.of(Roles.ADMIN),
            PasswordDigest.of(password)));
    audit.recordAs(
        SYSTEM,
        AuditEventType.ACCOUNT_CHANGED,
        "account",
        username,
        AuditOutcome.SUCCESS,
        "created: first administrator (VEEDOR_BOOTSTRAP_ADMIN)");
    audit.recordAs(
        SYSTEM,
        AuditEventType.PERMISSION_CHANGED,
        "account",
        username,
        AuditOutcome.SUCCESS,
        "roles: [] -> [ADMIN]; unit: - -> -");
    LOG.warning(
        "First administrator "
            + username
            + " created. One-time password (shown once, to be changed at the first sign-in): "
            + new String(password));
  }
}
