package org.veedor.appeal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.veedor.discipline.domain.AppealOutcome;
import org.veedor.discipline.domain.Sanction;
import org.veedor.discipline.domain.SanctionDecision;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;

/**
 * The appeals body's decision on an officer's appeal: UPHELD, MODIFIED (naming the sanction that
 * replaces it, a suspension with its days) or REVERSED; the resulting sanction is final. Who may
 * decide is the task's to check: this runs in the transaction of the task it completes.
 */
@ApplicationScoped
public class Appeals {

  /**
   * A decision on the appeal of one sanction decision.
   *
   * @param replacement the sanction that replaces the appealed one, for MODIFIED
   */
  public record AppealDecision(
      long sanctionDecisionId,
      AppealOutcome outcome,
      Sanction replacement,
      Integer suspensionDays,
      String reason,
      String decidedBy) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Applies the decision.
   *
   * @throws InvalidInputException naming the replacement sanction or its days
   */
  public void decide(AppealDecision command) {
    List<FieldError> errors = new ArrayList<>();
    if (command.outcome() == AppealOutcome.MODIFIED && command.replacement() == null) {
      errors.add(new FieldError("sanction", AppealRefusal.NAME_REPLACEMENT));
    }
    if (command.outcome() == AppealOutcome.MODIFIED
        && command.replacement() == Sanction.SUSPENSION_DAYS
        && command.suspensionDays() == null) {
      errors.add(new FieldError("suspensionDays", AppealRefusal.SUSPENSION_NEEDS_DAYS));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    SanctionDecision decision = em.find(SanctionDecision.class, command.sanctionDecisionId());
    if (decision == null) {
      throw new IllegalStateException("no sanction decision " + command.sanctionDecisionId());
    }
    decision.decideAppeal(
        command.outcome(),
        command.replacement(),
        command.suspensionDays(),
        command.reason(),
        command.decidedBy(),
        clock.instant());
  }
}
