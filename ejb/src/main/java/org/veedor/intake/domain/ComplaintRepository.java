package org.veedor.intake.domain;

import java.util.List;
import java.util.Optional;

/** Complaints, the taxonomy they use, and the reference numbers they are given. */
public interface ComplaintRepository {

  Optional<Complaint> findByReference(ReferenceNumber reference);

  void add(Complaint complaint);

  /** The next reference number of a year, locked until the caller's transaction ends. */
  ReferenceNumber nextReference(int year);

  Optional<AllegationCategory> findCategory(String code);

  List<AllegationCategory> findAllCategories();
}
