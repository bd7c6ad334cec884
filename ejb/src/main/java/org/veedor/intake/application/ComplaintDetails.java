package org.veedor.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about one complaint that its reader may see. When the reader may not know who
 * complained, {@code complainantRedacted} is true and name and contact are absent. When retention
 * removed them from a closed case, {@code complainantDataRemovedAt} says when.
 */
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
    boolean complainantRedacted,
    String complainantName,
    String complainantEmail,
    String complainantPhone,
    Instant complainantDataRemovedAt,
    boolean organizedCrimeLink,
    boolean sealed,
    boolean injuryReported,
    Instant closedAt,
    String zone,
    String officerDescription,
    String assignedInvestigator,
    String assignedSupervisor,
    List<AllegationDetails> allegations,
    long version) {

  /** One allegation as shown with its complaint. */
  public record AllegationDetails(
      Long id,
      String categoryCode,
      String categoryGroup,
      String badgeNumber,
      String officerName,
      String officerRank,
      String unitCode,
      String unitName,
      String disposition,
      LocalDate disposedOn,
      String proposedDisposition) {}
}
