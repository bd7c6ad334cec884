package org.veedor.search.application;

/** An officer of the registry found by name or badge. */
public record OfficerHit(
    String badgeNumber, String name, String rank, String status, String currentUnit, float score) {}
