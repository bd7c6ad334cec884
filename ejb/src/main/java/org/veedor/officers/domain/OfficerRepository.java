package org.veedor.officers.domain;

import java.util.Optional;

/** Officers by badge number. */
public interface OfficerRepository {

  Optional<Officer> findByBadge(BadgeNumber badge);

  void add(Officer officer);
}
