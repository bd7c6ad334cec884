package org.veedor.identity.domain;

import java.util.Optional;

/**
 * Where a unit sits in the force's tree, as the access rules need it. The officers context keeps
 * the units and implements this; identity only asks.
 */
public interface UnitTree {

  /** The unit's path from the root, such as {@code /PN/R-SUR/E-SUR-1/}, if the unit exists. */
  Optional<String> pathOf(long unitId);
}
