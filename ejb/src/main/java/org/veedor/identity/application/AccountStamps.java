package org.veedor.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.veedor.identity.domain.AppUser;

/**
 * What a signed-in session was granted, as a stamp: the account's state, roles, unit and password.
 * A page session keeps the stamp of its sign-in; when an administrator disables the account,
 * changes its roles or unit, or hands out a new password, the stamp changes and the session ends at
 * its next page (the API's Basic credentials are checked on every call anyway).
 */
@Stateless
@PermitAll
public class AccountStamps {

  @PersistenceContext EntityManager em;

  /** The account's stamp; empty when Veedor keeps no account of that name. */
  public Optional<String> stampOf(String username) {
    AppUser user = username == null ? null : em.find(AppUser.class, username);
    if (user == null) {
      return Optional.empty();
    }
    String granted =
        user.isEnabled()
            + "|"
            + user.roles()
            + "|"
            + user.unitId()
            + "|"
            + user.password().digest()
            + "|"
            + user.mustChangePassword();
    try {
      return Optional.of(
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(granted.getBytes(StandardCharsets.UTF_8))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
