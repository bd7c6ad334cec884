package org.veedor.casework.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.veedor.intake.domain.Complaint;

/**
 * Triage again after a complaint's facts changed (an allegation added or withdrawn, an injury or a
 * link to organized crime learnt): while the supervisor has yet to confirm the triage, the proposal
 * is made again from the new facts; while the complaint is in mediation or investigation, the
 * triage table is asked again and, when it proposes another track, the stage stops and the
 * supervisor confirms the changed track (or keeps the old one with a reason) on a fresh triage
 * task. After findings, nothing is triaged again.
 */
@ApplicationScoped
public class Retriage {

  static final String GATHER_FACTS = "GatherTriageFactsTask";
  static final String CONFIRM = "ConfirmTriageTask";
  static final String[] STAGES = {"MediateTask", "InvestigationCallActivity"};

  @Inject RuntimeService runtime;
  @Inject DecisionService decisions;
  @Inject MandateSettings mandate;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /**
   * @return the track the triage table proposes now, when the complaint went back to its triage;
   *     empty when it goes on where it was
   */
  public Optional<String> afterFactsChanged(Complaint complaint) {
    ProcessInstance lifecycle =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(Lifecycle.PROCESS)
            .processInstanceBusinessKey(complaint.referenceNumber().toString())
            .active()
            .singleResult();
    if (lifecycle == null) {
      return Optional.empty();
    }
    ActivityInstance tree = runtime.getActivityInstance(lifecycle.getId());
    ActivityInstance[] confirming = tree.getActivityInstances(CONFIRM);
    ActivityInstance[] mediating = tree.getActivityInstances(STAGES[0]);
    ActivityInstance[] investigating = tree.getActivityInstances(STAGES[1]);
    if (confirming.length + mediating.length + investigating.length == 0) {
      return Optional.empty(); // not triaged yet (the triage reads the new facts) or past findings
    }
    Map<String, Object> facts = IntakeDelegates.TriageFacts.facts(complaint, em, mandate, clock);
    String proposed =
        String.valueOf(
            decisions
                .evaluateDecisionByKey(Lifecycle.TRIAGE)
                .variables(facts)
                .evaluate()
                .getSingleResult()
                .getEntryMap()
                .get(Lifecycle.TRACK));
    if (confirming.length == 0 && proposed.equals(complaint.triageTrack())) {
      return Optional.empty();
    }
    var modification = runtime.createProcessInstanceModification(lifecycle.getId());
    for (ActivityInstance[] open :
        new ActivityInstance[][] {confirming, mediating, investigating}) {
      for (ActivityInstance instance : open) {
        modification = modification.cancelActivityInstance(instance.getId());
      }
    }
    modification.startBeforeActivity(GATHER_FACTS).execute();
    return Optional.of(proposed);
  }
}
