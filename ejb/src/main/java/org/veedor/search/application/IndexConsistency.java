package org.veedor.search.application;

/** The counts of the database and of the index, side by side. */
public record IndexConsistency(
    long complaintsInDatabase,
    long complaintsInIndex,
    long officersInDatabase,
    long officersInIndex) {

  public boolean consistent() {
    return complaintsInDatabase == complaintsInIndex && officersInDatabase == officersInIndex;
  }
}
