package org.veedor.intake.application;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.veedor.intake.domain.ComplaintStatus;

/**
 * Which complaints to list. Every part is optional; a unit includes its whole subtree; the dates
 * bound the day the complaint was received, both inclusive.
 */
public record ComplaintFilter(
    ComplaintStatus status,
    @Size(max = 60) String categoryCode,
    @Size(max = 40) String unitCode,
    @Size(max = 40) String territoryCode,
    @Size(max = 20) String badgeNumber,
    LocalDate receivedFrom,
    LocalDate receivedTo) {

  public static ComplaintFilter none() {
    return new ComplaintFilter(null, null, null, null, null, null, null);
  }
}
