package org.veedor.officers.application;

import java.util.List;

/** What an import of the officer registry did, and each line it refused with the reason. */
public record ImportReport(
    int records, int created, int updated, int unchanged, List<Rejection> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  /** A refused line: its number in the file (the header is line 1) and why. */
  public record Rejection(int line, String reason) {}
}
