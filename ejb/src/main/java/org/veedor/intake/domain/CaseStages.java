package org.veedor.intake.domain;

import java.util.List;

/**
 * Gives an open complaint that was written without one (imported, or generated) the lifecycle its
 * status says, so that status and process agree as for every registered complaint. Engine-neutral:
 * the workflow package implements it with the engine of the day.
 */
public interface CaseStages {

  /**
   * Open complaints after an id that have never had a lifecycle, in id order, at most {@code
   * limit}: those imported from {@code sourceSystem}, or those written with no source at all when
   * it is null. Empty when none is left after the id.
   */
  List<Long> openWithoutLifecycle(String sourceSystem, long afterId, int limit);

  /**
   * Starts the complaint's lifecycle at its stage, in a transaction of its own.
   *
   * @return the status the lifecycle left it in
   */
  ComplaintStatus placeAtStage(long complaintId);
}
