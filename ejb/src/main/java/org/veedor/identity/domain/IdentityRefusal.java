package org.veedor.identity.domain;

import org.veedor.platform.MessageKey;

/** Why a change to an account or a password is refused, as message keys. */
public enum IdentityRefusal implements MessageKey {
  /** {0}: the shortest length. */
  PASSWORD_TOO_SHORT("identity.refusal.passwordTooShort"),
  /** {0}: the longest length. */
  PASSWORD_TOO_LONG("identity.refusal.passwordTooLong"),
  PASSWORD_NAMES_USER("identity.refusal.passwordNamesUser"),
  PASSWORD_UNCHANGED("identity.refusal.passwordUnchanged"),
  WRONG_CURRENT_PASSWORD("identity.refusal.wrongCurrentPassword"),
  NO_SUCH_USER("identity.refusal.noSuchUser"),
  USERNAME_TAKEN("identity.refusal.usernameTaken"),
  USERNAME_FORM("identity.refusal.usernameForm"),
  /** {0}: the role named. */
  NO_SUCH_ROLE("identity.refusal.noSuchRole"),
  NO_ROLE("identity.refusal.noRole"),
  OWN_ACCOUNT("identity.refusal.ownAccount"),
  EMAIL_FORM("identity.refusal.emailForm"),
  NAME_REQUIRED("identity.refusal.nameRequired"),
  PROVIDER_ACCOUNT("identity.refusal.providerAccount");

  private final String key;

  IdentityRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
