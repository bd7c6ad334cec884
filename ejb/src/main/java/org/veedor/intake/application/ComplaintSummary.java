package org.veedor.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A complaint as a line of a list. */
public record ComplaintSummary(
    String referenceNumber,
    String channel,
    String status,
    Instant receivedAt,
    LocalDate incidentDate,
    String territoryCode,
    String territoryName,
    List<String> categoryCodes,
    int officerCount,
    boolean anonymous) {}
