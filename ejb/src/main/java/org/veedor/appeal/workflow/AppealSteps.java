package org.veedor.appeal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.veedor.appeal.application.Appeals;
import org.veedor.casework.workflow.Lifecycle;
import org.veedor.discipline.domain.AppealOutcome;
import org.veedor.discipline.domain.Sanction;
import org.veedor.discipline.domain.SanctionDecision;
import org.veedor.discipline.workflow.DisciplineSteps.DecisionDelegate;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/** The officer's appeal and the complainant's request for board review: delegates and forms. */
public final class AppealSteps {

  private AppealSteps() {}

  /**
   * The appeals body decides; the form reads its payload into {@link Appeals.AppealDecision}, which
   * validates and applies it (the resulting sanction is final).
   */
  @ApplicationScoped
  public static class DecideAppeal implements TaskForm {

    @Inject Appeals appeals;

    @Override
    public String taskKey() {
      return "DecideAppealTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.APPEALS_BODY);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      AppealOutcome outcome = payload.choice("outcome", true, AppealOutcome.class);
      Sanction modified = payload.choice("sanction", false, Sanction.class);
      Integer days = payload.integer("suspensionDays", false, 1, 365);
      String reason = payload.note("reason", true, 4000);
      payload.check();
      appeals.decide(
          new Appeals.AppealDecision(
              ((Number) task.variables().get(Lifecycle.SANCTION_DECISION)).longValue(),
              outcome,
              modified,
              days,
              reason,
              task.username()));
      return Map.of("appealOutcome", outcome.name());
    }
  }

  /** The appeal's outcome, on the record. */
  @Named("appealOutcomeDelegate")
  @ApplicationScoped
  public static class ApplyAppealOutcome extends DecisionDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      SanctionDecision decision = decision(execution);
      record(
          execution,
          "appeal " + decision.appealOutcome() + ": final sanction " + decision.finalSanction());
    }
  }

  /** The oversight board reviews a finding not sustained, at the complainant's request. */
  @ApplicationScoped
  public static class BoardReview implements TaskForm {

    @Override
    public String taskKey() {
      return "BoardReviewTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.OVERSIGHT_BOARD);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      Boolean reopen = payload.bool("reopen", true);
      String reason = payload.note("reason", true, 4000);
      payload.check();
      return Map.of(Lifecycle.REOPEN, reopen, Lifecycle.REASON, reason);
    }
  }
}
