package org.veedor.intake.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.platform.ConflictException;

/** Starts a complaint's lifecycle and delivers the events it waits for. */
@ApplicationScoped
public class ComplaintLifecycle {

  @Inject RuntimeService runtime;
  @Inject IdentityService identity;

  /**
   * In the registration's transaction: the complaint and its process commit together.
   *
   * @param registeredBy who registered it, kept as the run's starter
   */
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
   * Delivers an event to the complaint's running lifecycle, or starts a new run for the events that
   * reopen a closed complaint.
   *
   * @throws ConflictException when the complaint is not at a stage that waits for the event
   */
  public void deliver(Complaint complaint, Lifecycle.CaseEvent event, String reason) {
    String reference = complaint.referenceNumber().toString();
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
}
