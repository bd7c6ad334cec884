package org.veedor.officers.application;

/** A territory. */
public record TerritoryView(String code, String name) {}
