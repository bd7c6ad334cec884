package org.veedor.officers.domain;

import java.util.List;
import java.util.Optional;

/** The unit tree and the territories it lies in. */
public interface UnitRepository {

  Optional<Unit> findByCode(String code);

  List<Unit> findAll();

  Optional<Territory> findTerritoryByCode(String code);

  List<Territory> findAllTerritories();
}
