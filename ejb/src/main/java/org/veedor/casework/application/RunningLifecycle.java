package org.veedor.casework.application;

import java.util.Optional;
import org.veedor.intake.domain.Complaint;

/**
 * What casework's services ask of a complaint's running lifecycle, whatever engine runs it: to end
 * it (a duplicate merged into another case), or to triage the complaint again after its facts
 * changed. Casework's workflow package implements it.
 */
public interface RunningLifecycle {

  /**
   * Ends the complaint's running lifecycle (its investigation included); its history stays, ending
   * with the reason.
   *
   * @return how many runs ended
   */
  int end(Complaint complaint, String reason);

  /**
   * Triage again after the complaint's facts changed (an allegation added or withdrawn, an injury
   * or a link to organized crime learnt): while the triage awaits its confirmation, it is proposed
   * again; in mediation or investigation, a proposal of another track stops the stage for a
   * supervisor to confirm the changed track; after findings, nothing changes.
   *
   * @return the track the triage table proposes now, when the complaint went back to its triage
   */
  Optional<String> triageAgain(Complaint complaint);
}
