package org.veedor.casework.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.veedor.casework.application.CaseEvent;
import org.veedor.casework.application.RunningLifecycle;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.CaseLifecycle;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.MessageKey;

/** Starts a complaint's lifecycle and delivers the events it waits for. */
@ApplicationScoped
public class ComplaintLifecycle implements CaseLifecycle, RunningLifecycle {

  @Inject RuntimeService runtime;
  @Inject Retriage retriage;
  @Inject IdentityService identity;
  @PersistenceContext EntityManager em;

  /**
   * In the registration's transaction: the complaint and its process commit together.
   *
   * @param registeredBy who registered it, kept as the run's starter
   */
  @Override
  public void start(Complaint complaint, String registeredBy) {
    identity.setAuthenticatedUserId(registeredBy);
    try {
      runtime.startProcessInstanceByKey(
          Lifecycle.PROCESS,
          complaint.referenceNumber().toString(),
          Map.of(Lifecycle.COMPLAINT_ID, complaint.id()));
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Ends the complaint's running lifecycle (its investigation included): a duplicate merged into
   * another case. Its history stays, ending with the reason.
   *
   * @return how many runs ended
   */
  @Override
  public int end(Complaint complaint, String reason) {
    List<String> running =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(Lifecycle.PROCESS)
            .processInstanceBusinessKey(complaint.referenceNumber().toString())
            .list()
            .stream()
            .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId)
            .toList();
    running.forEach(id -> runtime.deleteProcessInstance(id, reason));
    return running.size();
  }

  /**
   * Delivers an event to the complaint's running lifecycle, or starts a new run for the events that
   * reopen a closed complaint.
   *
   * @throws ConflictException when the complaint is not at a stage that waits for the event
   */
  public void deliver(Complaint complaint, CaseEvent event, String reason) {
    deliver(complaint, event, reason, null);
  }

  /**
   * As {@link #deliver(Complaint, CaseEvent, String)}; an appeal names the officer who appeals (by
   * badge) when several officers' sanctions await an appeal.
   *
   * @throws InvalidInputException when an appeal must name its officer and does not
   */
  public void deliver(Complaint complaint, CaseEvent event, String reason, String officer) {
    String reference = complaint.referenceNumber().toString();
    if (!event.stages().contains(complaint.status())) {
      throw new ConflictException(
          IntakeRefusal.EVENT_NOT_AT_STAGE,
          MessageKey.of("case.event." + event.name()),
          MessageKey.of("complaint.status." + complaint.status().name()));
    }
    Map<String, Object> variables = new HashMap<>();
    if (reason != null) {
      variables.put(Lifecycle.REASON, reason);
    }
    try {
      if (event.startsLifecycle()) {
        boolean running =
            runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(Lifecycle.PROCESS)
                    .processInstanceBusinessKey(reference)
                    .count()
                > 0;
        if (running) {
          throw new ConflictException(IntakeRefusal.STILL_OPEN, reference);
        }
        variables.put(Lifecycle.COMPLAINT_ID, complaint.id());
        runtime
            .createMessageCorrelation(event.message())
            .processInstanceBusinessKey(reference)
            .setVariables(variables)
            .correlateStartMessage();
      } else if (event == CaseEvent.APPEAL_FILED) {
        appeal(complaint, officer, variables);
      } else if (event.atStageMessage() != null && !waitsInInvestigation(reference, event)) {
        runtime
            .createMessageCorrelation(event.atStageMessage())
            .processInstanceBusinessKey(reference)
            .setVariables(variables)
            .correlate();
      } else {
        runtime
            .createMessageCorrelation(event.message())
            .processInstanceBusinessKey(reference)
            .setVariables(variables)
            .correlate();
      }
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException(IntakeRefusal.WRONG_STAGE, reference, event);
    }
  }

  /** Whether the investigator's own task waits for this event (the investigation handles it). */
  private boolean waitsInInvestigation(String reference, CaseEvent event) {
    return runtime
            .createExecutionQuery()
            .processInstanceBusinessKey(reference)
            .messageEventSubscriptionName(event.message())
            .count()
        > 0;
  }

  /**
   * An officer appeals their sanction: delivered to that officer's run of the sanction, among those
   * waiting in their appeal window.
   */
  private void appeal(Complaint complaint, String officer, Map<String, Object> variables) {
    String reference = complaint.referenceNumber().toString();
    Map<String, Execution> waiting = new LinkedHashMap<>();
    for (Execution execution :
        runtime
            .createExecutionQuery()
            .processInstanceBusinessKey(reference)
            .messageEventSubscriptionName(CaseEvent.APPEAL_FILED.message())
            .list()) {
      Object allegationId = runtime.getVariable(execution.getId(), Lifecycle.SANCTIONED_ALLEGATION);
      Allegation allegation =
          allegationId instanceof Number id ? em.find(Allegation.class, id.longValue()) : null;
      String badge =
          allegation == null || allegation.officer() == null
              ? ""
              : allegation.officer().badgeNumber().toString();
      waiting.put(badge + "#" + execution.getId(), execution);
    }
    if (waiting.isEmpty()) {
      throw new ConflictException(IntakeRefusal.WRONG_STAGE, reference, CaseEvent.APPEAL_FILED);
    }
    Execution target;
    if (officer == null || officer.isBlank()) {
      if (waiting.size() > 1) {
        throw new InvalidInputException("officer", IntakeRefusal.APPEAL_NAMES_OFFICER);
      }
      target = waiting.values().iterator().next();
    } else {
      String badge = officer.strip();
      target =
          waiting.entrySet().stream()
              .filter(e -> e.getKey().startsWith(badge + "#"))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow(
                  () ->
                      new ConflictException(
                          IntakeRefusal.NO_APPEALABLE_SANCTION, reference, badge));
    }
    runtime.messageEventReceived(CaseEvent.APPEAL_FILED.message(), target.getId(), variables);
  }

  @Override
  public Optional<String> triageAgain(Complaint complaint) {
    return retriage.afterFactsChanged(complaint);
  }
}
