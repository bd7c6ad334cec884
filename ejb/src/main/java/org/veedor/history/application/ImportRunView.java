package org.veedor.history.application;

import java.time.Instant;
import org.veedor.history.domain.ImportRun;

/** An import run as its report shows it: state, progress and counts. */
public record ImportRunView(
    long id,
    String source,
    String mapping,
    String state,
    String phase,
    String startedBy,
    Instant startedAt,
    Instant finishedAt,
    int percent,
    int rowsRead,
    int rowsMerged,
    int complaintsTotal,
    int complaintsDone,
    int complaintsCreated,
    int complaintsUnchanged,
    int complaintsConflicting,
    int allegationsCreated,
    int complainantsCreated,
    int officersCreated,
    int rowsRejected,
    int lifecyclesStarted,
    int resumptions,
    String failure) {

  static ImportRunView of(ImportRun r) {
    return new ImportRunView(
        r.id(),
        r.sourceSystem(),
        r.mappingName(),
        r.state().name(),
        r.phase().name(),
        r.startedBy(),
        r.startedAt(),
        r.finishedAt(),
        percent(r),
        r.rowsRead(),
        r.rowsMerged(),
        r.complaintsTotal(),
        r.complaintsDone(),
        r.complaintsCreated(),
        r.complaintsUnchanged(),
        r.complaintsConflicting(),
        r.allegationsCreated(),
        r.complainantsCreated(),
        r.officersCreated(),
        r.rowsRejected(),
        r.lifecyclesStarted(),
        r.resumptions(),
        r.failure());
  }

  /** Writing complaints is nine tenths of the work; placing open ones' lifecycles the rest. */
  private static int percent(ImportRun r) {
    if (r.state() != ImportRun.State.RUNNING) {
      return 100;
    }
    double written =
        r.complaintsTotal() == 0 ? 1 : (double) r.complaintsDone() / r.complaintsTotal();
    double placed =
        r.phase() == ImportRun.Phase.LIFECYCLES
            ? Math.min(1, r.lifecyclesStarted() / Math.max(1.0, r.complaintsCreated()))
            : 0;
    return (int) Math.min(99, Math.floor(written * 90 + placed * 10));
  }
}
