package org.veedor.identity.domain;

import java.util.Set;

/**
 * What the access rules look at in a case, read from it by whoever holds it: the officers and units
 * its allegations name, the units those officers serve in now, whether it is sealed or closed, and
 * who works it.
 *
 * @param namedOfficers the officers named by its allegations
 * @param namedUnits the units of its allegations (the officer's unit on the incident date)
 * @param unitsOfNamedOfficersNow the units in which the named officers serve today
 * @param investigator the user investigating it, or null
 * @param supervisor the supervisor reviewing it, or null
 */
public record CaseFacts(
    Set<Long> namedOfficers,
    Set<Long> namedUnits,
    Set<Long> unitsOfNamedOfficersNow,
    boolean sealed,
    boolean closed,
    String investigator,
    String supervisor) {

  public CaseFacts {
    namedOfficers = Set.copyOf(namedOfficers);
    namedUnits = Set.copyOf(namedUnits);
    unitsOfNamedOfficersNow = Set.copyOf(unitsOfNamedOfficersNow);
  }

  /** Whether the user works this case, as its investigator or its supervisor. */
  public boolean isWorkedBy(String username) {
    return username != null && (username.equals(investigator) || username.equals(supervisor));
  }
}
