package org.veedor.officers.application;

/** A unit of the tree, with its parent's code (none at the top) and its territory. */
public record UnitView(
    String code,
    String name,
    String level,
    String parentCode,
    String territoryCode,
    String territoryName,
    int depth) {}
