package org.veedor.intake.domain;

/**
 * The lifecycle a registered complaint runs, as intake sees it: started in the registration's own
 * transaction, so that a complaint never exists without its process. Engine-neutral: casework's
 * workflow package implements it with the engine of the day.
 */
public interface CaseLifecycle {

  /**
   * Starts the complaint's lifecycle in the caller's transaction.
   *
   * @param registeredBy who registered it, kept as the run's starter
   */
  void start(Complaint complaint, String registeredBy);
}
