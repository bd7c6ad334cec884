package org.veedor.discipline.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.veedor.discipline.domain.Sanction;
import org.veedor.discipline.domain.SanctionDecision;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.domain.Seriousness;
import org.veedor.intake.workflow.CaseDelegate;
import org.veedor.intake.workflow.IntakeDelegates;
import org.veedor.intake.workflow.Lifecycle;
import org.veedor.platform.MessageKey;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/** The sanction: its delegates and task form. */
public final class DisciplineSteps {

  private DisciplineSteps() {}

  /**
   * The facts the discipline matrix decides on, for the gravest sustained allegation: its group,
   * its severity and its officer's sustained allegations of the five years before; and the appeal
   * window ({@link DisciplineSettings#appealWindow()}).
   */
  @Named("sanctionFactsDelegate")
  @ApplicationScoped
  public static class SanctionFacts implements JavaDelegate {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject DisciplineSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
      Complaint complaint = em.find(Complaint.class, Lifecycle.complaintId(execution));
      Allegation gravest =
          complaint.allegations().stream()
              .filter(a -> a.disposition() == Disposition.SUSTAINED)
              .min((a, b) -> Seriousness.MOST_SERIOUS_FIRST.compare(a.category(), b.category()))
              .orElseThrow(() -> new IllegalStateException("no sustained allegation to sanction"));
      execution.setVariable(Lifecycle.SANCTIONED_ALLEGATION, gravest.id());
      execution.setVariable("categoryGroup", gravest.category().group().name());
      execution.setVariable("serious", gravest.category().isSerious());
      execution.setVariable(
          "priorSustained",
          gravest.officer() == null
              ? 0
              : IntakeDelegates.priorSustained(
                  em, complaint, List.of(gravest.officer()), LocalDate.now(clock)));
      execution.setVariable(Lifecycle.APPEAL_WINDOW, settings.appealWindow().toString());
    }
  }

  /** The disciplinary authority decides; outside the matrix's range only with a justification. */
  @ApplicationScoped
  public static class DecideSanction implements TaskForm {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    @Override
    public String taskKey() {
      return "DecideSanctionTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.DISCIPLINARY_AUTHORITY);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      Sanction sanction = payload.choice("sanction", true, Sanction.class);
      Integer days = payload.integer("suspensionDays", false, 1, 365);
      String justification = payload.note("justification", false, 4000);
      payload.check();
      @SuppressWarnings("unchecked")
      Map<String, Object> range =
          (Map<String, Object>) task.variables().get(Lifecycle.RECOMMENDATION);
      Sanction least = Sanction.valueOf((String) range.get("minimumSanction"));
      Sanction greatest = Sanction.valueOf((String) range.get("maximumSanction"));
      if (!sanction.within(least, greatest) && justification == null) {
        payload.reject(
            "justification",
            DisciplineRefusal.OUTSIDE_RANGE,
            MessageKey.of("task.sanction." + least),
            MessageKey.of("task.sanction." + greatest));
      }
      if (sanction == Sanction.SUSPENSION_DAYS && days == null) {
        payload.reject("suspensionDays", DisciplineRefusal.SUSPENSION_NEEDS_DAYS);
      }
      payload.check();
      SanctionDecision decision =
          new SanctionDecision(
              task.complaintId(),
              ((Number) task.variables().get(Lifecycle.SANCTIONED_ALLEGATION)).longValue(),
              least,
              greatest,
              Boolean.TRUE.equals(range.get("referral")),
              sanction,
              days,
              justification,
              task.username(),
              clock.instant());
      em.persist(decision);
      em.flush();
      return Map.of(Lifecycle.SANCTION_DECISION, decision.id());
    }
  }

  /** Base of the delegates that act on the case's sanction decision. */
  public abstract static class DecisionDelegate extends CaseDelegate {

    protected SanctionDecision decision(DelegateExecution execution) {
      return em.find(
          SanctionDecision.class,
          ((Number) execution.getVariable(Lifecycle.SANCTION_DECISION)).longValue());
    }
  }

  /** The appeal window closed unused: the sanction is final. */
  @Named("finalizeSanctionDelegate")
  @ApplicationScoped
  public static class FinalizeSanction extends DecisionDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      SanctionDecision decision = decision(execution);
      decision.becomeFinal(clock.instant());
      record(execution, "sanction final (no appeal): " + decision.sanction());
    }
  }
}
