package org.veedor.officers.application;

/**
 * A unit of the tree, with its parent's code (none at the top), its territory, and the day it was
 * closed (null while it is open).
 */
public record UnitView(
    String code,
    String name,
    String level,
    String parentCode,
    String territoryCode,
    String territoryName,
    int depth,
    java.time.LocalDate closedOn) {}
