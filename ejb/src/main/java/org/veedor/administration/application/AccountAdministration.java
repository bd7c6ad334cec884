package org.veedor.administration.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.AppUser;
import org.veedor.identity.domain.IdentityRefusal;
import org.veedor.identity.domain.OneTimePassword;
import org.veedor.identity.domain.PasswordDigest;
import org.veedor.identity.domain.Roles;
import org.veedor.officers.application.OfficerRegistry;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.NoSuchObjectException;
import org.veedor.platform.NotAllowedException;

/**
 * The administrator's work on accounts: creating one (with a password handed out once, to be
 * changed at the first sign-in), renaming, moving to another unit, granting roles, disabling and
 * enabling, and handing out a new password. An administrator never changes their own roles, unit or
 * state (another administrator does), so that nobody grants themselves more. Role and unit changes
 * are audited as {@code PERMISSION_CHANGED} with the before and the after; the rest as {@code
 * ACCOUNT_CHANGED}.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountAdministration {

  private static final Pattern USERNAME = Pattern.compile(AppUser.USERNAME_PATTERN);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject OfficerRegistry registry;
  @Resource SessionContext session;

  public List<AccountView> accounts() {
    return em.createNamedQuery("AppUser.findAll", AppUser.class).getResultList().stream()
        .map(this::view)
        .toList();
  }

  public Optional<AccountView> account(String username) {
    return Optional.ofNullable(username == null ? null : em.find(AppUser.class, username))
        .map(this::view);
  }

  /** A new account, enabled, with a one-time password that only its first sign-in may change. */
  public HandedOutPassword create(String username, AccountChange account) {
    List<FieldError> errors = new ArrayList<>();
    if (username == null || !USERNAME.matcher(username).matches()) {
      errors.add(new FieldError("username", IdentityRefusal.USERNAME_FORM));
    } else if (em.find(AppUser.class, username) != null) {
      errors.add(new FieldError("username", IdentityRefusal.USERNAME_TAKEN));
    }
    if (account.displayName() == null || account.displayName().isBlank()) {
      errors.add(new FieldError("displayName", IdentityRefusal.NAME_REQUIRED));
    }
    checkEmail(account.email(), errors);
    Set<String> roles = checkRoles(account.roles(), errors);
    Long unitId = unitIdOf(account.unitCode(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    char[] password = OneTimePassword.generate();
    AppUser user =
        new AppUser(
            username,
            account.displayName(),
            blankToNull(account.email()),
            unitId,
            roles,
            PasswordDigest.of(password));
    em.persist(user);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // another administrator created the same name a moment ago (or its first sign-in through
      // the identity provider did): a conflict to tell, not a server error
      throw new ConflictException(IdentityRefusal.USERNAME_TAKEN);
    }
    record(AuditEventType.ACCOUNT_CHANGED, username, "created: " + user.displayName());
    record(
        AuditEventType.PERMISSION_CHANGED,
        username,
        "roles: [] -> " + roles + "; unit: - -> " + codeOf(unitId));
    return new HandedOutPassword(view(user), new String(password));
  }

  /** Renames, moves, grants and enables as the change says; a null field keeps its value. */
  public AccountView change(String username, AccountChange change) {
    AppUser user = find(username);
    boolean touchesPermissions =
        change.roles() != null || change.unitCode() != null || change.enabled() != null;
    if (touchesPermissions) {
      refuseOwn(username);
    }
    List<FieldError> errors = new ArrayList<>();
    if (change.displayName() != null && change.displayName().isBlank()) {
      errors.add(new FieldError("displayName", IdentityRefusal.NAME_REQUIRED));
    }
    checkEmail(change.email(), errors);
    Set<String> roles = change.roles() == null ? null : checkRoles(change.roles(), errors);
    Long unitId = change.unitCode() == null ? null : unitIdOf(change.unitCode(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String nameBefore = user.displayName() + " <" + user.email() + ">";
    if (change.displayName() != null || change.email() != null) {
      user.rename(
          change.displayName() == null ? user.displayName() : change.displayName(),
          change.email() == null ? user.email() : blankToNull(change.email()));
      String nameAfter = user.displayName() + " <" + user.email() + ">";
      if (!nameBefore.equals(nameAfter)) {
        record(
            AuditEventType.ACCOUNT_CHANGED, username, "name: " + nameBefore + " -> " + nameAfter);
      }
    }
    List<String> permissions = new ArrayList<>();
    if (roles != null && !roles.equals(user.roles())) {
      permissions.add("roles: " + user.roles() + " -> " + roles);
      user.grantOnly(roles);
    }
    if (change.unitCode() != null && !Objects.equals(unitId, user.unitId())) {
      permissions.add("unit: " + codeOf(user.unitId()) + " -> " + codeOf(unitId));
      user.moveToUnit(unitId);
    }
    if (change.enabled() != null && change.enabled() != user.isEnabled()) {
      permissions.add(
          "account: "
              + (user.isEnabled() ? "enabled" : "disabled")
              + " -> "
              + (change.enabled() ? "enabled" : "disabled"));
      user.enable(change.enabled());
    }
    if (!permissions.isEmpty()) {
      record(AuditEventType.PERMISSION_CHANGED, username, String.join("; ", permissions));
    }
    return view(user);
  }

  /** A new one-time password for someone who lost theirs; their own is changed on their own. */
  public HandedOutPassword resetPassword(String username) {
    AppUser user = find(username);
    refuseOwn(username);
    if (user.signsInThroughProvider()) {
      // the provider keeps this person's password; one handed out here would open nothing
      throw new ConflictException(IdentityRefusal.PROVIDER_ACCOUNT);
    }
    char[] password = OneTimePassword.generate();
    user.handOutPassword(PasswordDigest.of(password));
    // a user locked out by failed sign-ins signs in with the new password at once
    em.createNativeQuery(
            "update app_user set failed_logins = 0, locked_until = null where username = ?1")
        .setParameter(1, username)
        .executeUpdate();
    record(AuditEventType.ACCOUNT_CHANGED, username, "password: handed out, to be changed");
    return new HandedOutPassword(view(user), new String(password));
  }

  private AppUser find(String username) {
    AppUser user = username == null ? null : em.find(AppUser.class, username);
    if (user == null) {
      throw new NoSuchObjectException(IdentityRefusal.NO_SUCH_USER);
    }
    return user;
  }

  private void refuseOwn(String username) {
    if (username.equals(session.getCallerPrincipal().getName())) {
      throw new NotAllowedException(IdentityRefusal.OWN_ACCOUNT);
    }
  }

  private static void checkEmail(String email, List<FieldError> errors) {
    if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
      errors.add(new FieldError("email", IdentityRefusal.EMAIL_FORM));
    }
  }

  private static Set<String> checkRoles(Collection<String> roles, List<FieldError> errors) {
    Set<String> granted = new TreeSet<>();
    if (roles == null || roles.isEmpty()) {
      errors.add(new FieldError("roles", IdentityRefusal.NO_ROLE));
      return granted;
    }
    for (String role : roles) {
      if (role == null || !Roles.ALL.contains(role)) {
        errors.add(new FieldError("roles", IdentityRefusal.NO_SUCH_ROLE, String.valueOf(role)));
      } else {
        granted.add(role);
      }
    }
    return granted;
  }

  /** The id of an open unit, null for "" or none, or an error. */
  private Long unitIdOf(String code, List<FieldError> errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    Optional<Long> id = registry.openUnitId(code);
    if (id.isEmpty()) {
      errors.add(new FieldError("unitCode", OfficerRefusal.NO_SUCH_UNIT));
      return null;
    }
    return id.get();
  }

  private String codeOf(Long unitId) {
    return registry.unitCode(unitId).orElse("-");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private AccountView view(AppUser user) {
    return new AccountView(
        user.username(),
        user.displayName(),
        user.email(),
        registry.unitCode(user.unitId()).orElse(null),
        user.roles(),
        user.isEnabled(),
        user.mustChangePassword(),
        user.signsInThroughProvider());
  }

  private void record(AuditEventType type, String username, String detail) {
    audit.record(
        type,
        "account",
        username,
        AuditOutcome.SUCCESS,
        detail.length() > 1000 ? detail.substring(0, 1000) : detail);
  }
}
