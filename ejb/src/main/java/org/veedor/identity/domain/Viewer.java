package org.veedor.identity.domain;

import java.util.Set;

/**
 * The caller as the access rules see them: user name, roles, and the officer record and unit they
 * belong to (null when none). What they may see is decided by {@link AccessPolicy}, never here.
 *
 * @param officerId the officer the user is, for the conflict-of-interest rule
 * @param unitId the unit the user belongs to, for the conflict-of-interest rule
 * @param sealedCasesUnitMember whether the user belongs to the unit that works sealed cases
 */
public record Viewer(
    String username,
    Set<String> roles,
    Long officerId,
    Long unitId,
    boolean sealedCasesUnitMember) {

  /** Someone without an account (the public, open data): no role, no unit, no officer record. */
  public static Viewer anonymous(String name) {
    return new Viewer(name, Set.of(), null, null, false);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
