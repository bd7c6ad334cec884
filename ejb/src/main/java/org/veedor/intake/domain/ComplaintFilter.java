package org.veedor.intake.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

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

  /** The parts that are set, as a person reads them in the audit trail ("all" when none). */
  public String describe() {
    java.util.StringJoiner parts = new java.util.StringJoiner(", ");
    part(parts, "status", status);
    part(parts, "category", categoryCode);
    part(parts, "unit", unitCode);
    part(parts, "territory", territoryCode);
    part(parts, "officer", badgeNumber);
    part(parts, "received from", receivedFrom);
    part(parts, "received to", receivedTo);
    return parts.length() == 0 ? "all" : parts.toString();
  }

  private static void part(java.util.StringJoiner parts, String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      parts.add(name + " " + value);
    }
  }
}
