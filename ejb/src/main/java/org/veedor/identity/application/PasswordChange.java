package org.veedor.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.AppUser;
import org.veedor.identity.domain.IdentityRefusal;
import org.veedor.identity.domain.PasswordDigest;
import org.veedor.identity.domain.PasswordPolicy;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.InvalidInputException;

/**
 * A user changes their own password, knowing the current one: the only thing an account may do
 * while a password handed out by an administrator waits to be changed. The change ends that wait
 * and any sign-in the realm remembered with the old password.
 */
@Stateless
@RolesAllowed(Roles.SIGNED_IN)
public class PasswordChange {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Resource SessionContext session;

  public void change(char[] current, char[] chosen) {
    String username = session.getCallerPrincipal().getName();
    AppUser user = em.find(AppUser.class, username);
    if (user == null) {
      throw new InvalidInputException("currentPassword", IdentityRefusal.NO_SUCH_USER);
    }
    if (current == null || current.length == 0 || !user.password().matches(current)) {
      throw new InvalidInputException("currentPassword", IdentityRefusal.WRONG_CURRENT_PASSWORD);
    }
    IdentityRefusal refusal = PasswordPolicy.refusalOf(username, chosen);
    if (refusal == IdentityRefusal.PASSWORD_TOO_SHORT) {
      throw new InvalidInputException("newPassword", refusal, PasswordPolicy.SHORTEST);
    }
    if (refusal == IdentityRefusal.PASSWORD_TOO_LONG) {
      throw new InvalidInputException("newPassword", refusal, PasswordPolicy.LONGEST);
    }
    if (refusal != null) {
      throw new InvalidInputException("newPassword", refusal);
    }
    if (Arrays.equals(current, chosen)) {
      throw new InvalidInputException("newPassword", IdentityRefusal.PASSWORD_UNCHANGED);
    }
    boolean handedOut = user.mustChangePassword();
    user.choosePassword(PasswordDigest.of(chosen));
    audit.record(
        AuditEventType.PASSWORD_CHANGED,
        "account",
        username,
        AuditOutcome.SUCCESS,
        handedOut ? "handed-out password replaced" : "password changed");
  }
}
