package org.veedor.officers.application;

/** An officer as a line of a list, with the unit of the current posting. */
public record OfficerSummary(
    String badgeNumber,
    String givenNames,
    String familyNames,
    String rank,
    String status,
    String currentUnitCode,
    String currentUnitName) {}
