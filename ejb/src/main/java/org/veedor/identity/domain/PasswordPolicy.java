package org.veedor.identity.domain;

/**
 * What a password a person chooses must be (NIST SP 800-63B): long enough, not the user's own name,
 * and not the password it replaces. Length, not composition rules.
 */
public final class PasswordPolicy {

  public static final int SHORTEST = 12;
  public static final int LONGEST = 128;

  private PasswordPolicy() {}

  /** Why the password is refused, or null when it is acceptable. */
  public static IdentityRefusal refusalOf(String username, char[] password) {
    if (password == null || password.length < SHORTEST) {
      return IdentityRefusal.PASSWORD_TOO_SHORT;
    }
    if (password.length > LONGEST) {
      return IdentityRefusal.PASSWORD_TOO_LONG;
    }
    if (new String(password).toLowerCase(java.util.Locale.ROOT).contains(username)) {
      return IdentityRefusal.PASSWORD_NAMES_USER;
    }
    return null;
  }
}
