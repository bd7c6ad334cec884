package org.veedor.search.application;

import java.time.Instant;

/**
 * Where a mass reindex stands.
 *
 * @param state {@code IDLE} (never run since the start), {@code RUNNING}, {@code DONE} or {@code
 *     FAILED}
 * @param total documents to index (complaints and officers), known shortly after the start
 * @param done documents written so far
 */
public record IndexProgress(
    String state,
    String startedBy,
    Instant startedAt,
    Instant finishedAt,
    long total,
    long done,
    String failure) {

  /** Percent done, 0 to 100. */
  public int percent() {
    if ("DONE".equals(state)) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
  }
}
