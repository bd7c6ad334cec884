package org.veedor.officers.application;

import java.time.LocalDate;
import java.util.List;

/** An officer with the whole assignment history, oldest first. */
public record OfficerDetails(
    String badgeNumber,
    String givenNames,
    String familyNames,
    String rank,
    String status,
    List<AssignmentView> assignments) {

  /** One posting. */
  public record AssignmentView(
      String unitCode, String unitName, LocalDate startDate, LocalDate endDate) {}
}
