package org.veedor.discipline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.veedor.discipline.domain.Sanction;
import org.veedor.discipline.domain.SanctionDecision;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.MessageKey;

/**
 * The disciplinary authority's decision on one officer's sanction, with the discipline matrix's
 * recommendation: outside the recommended range only with a justification, a suspension with its
 * days, and a recommended referral for prosecution decided either way, never left as a flag. Who
 * may decide is the task's to check: this runs in the transaction of the task it completes.
 */
@ApplicationScoped
public class SanctionDecisions {

  /**
   * The matrix's recommendation for one officer's sanction.
   *
   * @param referral whether the matrix recommends referral for prosecution
   */
  public record Recommendation(Sanction least, Sanction greatest, boolean referral) {}

  /**
   * A decision on the sanction of the officer of an allegation.
   *
   * @param referToProsecutor the decision on referral; required when it was recommended
   * @param appealWindow how long the officer has to appeal, from the decision (null: not kept)
   */
  public record Decision(
      long complaintId,
      long allegationId,
      Recommendation recommendation,
      Sanction sanction,
      Integer suspensionDays,
      Boolean referToProsecutor,
      String justification,
      String decidedBy,
      java.time.Period appealWindow) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Records the decision.
   *
   * @return the decision's id
   * @throws InvalidInputException naming the justification, the days or the referral
   */
  public long decide(Decision command) {
    Recommendation range = command.recommendation();
    List<FieldError> errors = new ArrayList<>();
    boolean justified = command.justification() != null && !command.justification().isBlank();
    if (!command.sanction().within(range.least(), range.greatest()) && !justified) {
      errors.add(
          new FieldError(
              "justification",
              DisciplineRefusal.OUTSIDE_RANGE,
              MessageKey.of("task.sanction." + range.least()),
              MessageKey.of("task.sanction." + range.greatest())));
    }
    if (command.sanction() == Sanction.SUSPENSION_DAYS && command.suspensionDays() == null) {
      errors.add(new FieldError("suspensionDays", DisciplineRefusal.SUSPENSION_NEEDS_DAYS));
    }
    if (range.referral() && command.referToProsecutor() == null) {
      errors.add(new FieldError("referToProsecutor", InputReason.REQUIRED_YES_NO));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    SanctionDecision decision =
        new SanctionDecision(
            command.complaintId(),
            command.allegationId(),
            range.least(),
            range.greatest(),
            range.referral(),
            Boolean.TRUE.equals(command.referToProsecutor()),
            command.sanction(),
            command.suspensionDays(),
            justified ? command.justification() : null,
            command.decidedBy(),
            clock.instant());
    if (command.appealWindow() != null) {
      decision.allowAppealUntil(
          decision
              .decidedAt()
              .atZone(java.time.ZoneOffset.UTC)
              .plus(command.appealWindow())
              .toInstant());
    }
    em.persist(decision);
    em.flush();
    return decision.id();
  }
}
