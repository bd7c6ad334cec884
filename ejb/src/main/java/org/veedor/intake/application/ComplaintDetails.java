package org.veedor.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one complaint that its reader may see. */
public record ComplaintDetails(
    String referenceNumber,
    String channel,
    String status,
    Instant receivedAt,
    LocalDate incidentDate,
    String place,
    String territoryCode,
    String territoryName,
    String narrative,
    boolean anonymous,
    String complainantName,
    String complainantEmail,
    String complainantPhone,
    boolean organizedCrimeLink,
    boolean injuryReported,
    Instant closedAt,
    List<AllegationDetails> allegations,
    long version) {

  /** One allegation as shown with its complaint. */
  public record AllegationDetails(
      String categoryCode,
      String categoryGroup,
      String badgeNumber,
      String officerName,
      String officerRank,
      String unitCode,
      String unitName,
      String disposition,
      LocalDate disposedOn) {}
}
