package org.veedor.identity.application;

import java.util.Set;
import org.veedor.identity.domain.Roles;

/**
 * The caller as the access rules see them: user name, roles, and the officer record and unit they
 * belong to (null when none).
 *
 * @param officerId the officer the user is, for the conflict-of-interest rule
 * @param unitId the unit the user belongs to, for the conflict-of-interest rule
 * @param specialCorruptionUnitMember whether the user belongs to the unit that may see sealed cases
 */
public record Viewer(
    String username,
    Set<String> roles,
    Long officerId,
    Long unitId,
    boolean specialCorruptionUnitMember) {

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Sealed cases (corruption linked to organized crime): the special unit and the auditor. */
  public boolean maySeeSealedCases() {
    return specialCorruptionUnitMember || hasRole(Roles.AUDITOR);
  }

  /** The oversight board reads closed cases only. */
  public boolean seesClosedCasesOnly() {
    return hasRole(Roles.OVERSIGHT_BOARD) && roles.size() == 1;
  }

  /** Complainant identity: intake, and the case's own investigator and supervisor. */
  public boolean seesComplainantIdentityOf(boolean worksTheCase) {
    return hasRole(Roles.INTAKE) || worksTheCase;
  }
}
