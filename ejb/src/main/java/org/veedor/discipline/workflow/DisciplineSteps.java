package org.veedor.discipline.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.veedor.casework.workflow.CaseDelegate;
import org.veedor.casework.workflow.IntakeDelegates;
import org.veedor.casework.workflow.Lifecycle;
import org.veedor.discipline.application.SanctionDecisions;
import org.veedor.discipline.domain.Sanction;
import org.veedor.discipline.domain.SanctionDecision;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.domain.Seriousness;
import org.veedor.officers.domain.Officer;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/** The sanction: its delegates and task form. */
public final class DisciplineSteps {

  private DisciplineSteps() {}

  /**
   * Who is to be sanctioned: each identified officer with a sustained allegation, by that officer's
   * gravest sustained allegation (an officer is sanctioned once per complaint, for the gravest
   * thing sustained). When no sustained allegation names an officer, the gravest sustained one is
   * put to the authority all the same, who records what follows (often nothing, with reasons). And
   * the appeal window ({@link DisciplineSettings#appealWindow()}).
   */
  @Named("sanctionFactsDelegate")
  @ApplicationScoped
  public static class SanctionFacts implements JavaDelegate {

    @PersistenceContext EntityManager em;
    @Inject DisciplineSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
      Complaint complaint = em.find(Complaint.class, Lifecycle.complaintId(execution));
      execution.setVariable(Lifecycle.SANCTION_SUBJECTS, new ArrayList<>(subjects(complaint)));
      execution.setVariable(Lifecycle.APPEAL_WINDOW, settings.appealWindow().toString());
    }

    /** The allegations to sanction, one per identified officer, in the order of their badges. */
    static List<Long> subjects(Complaint complaint) {
      Comparator<Allegation> gravestFirst =
          (a, b) -> Seriousness.MOST_SERIOUS_FIRST.compare(a.category(), b.category());
      List<Allegation> sustained =
          complaint.allegations().stream()
              .filter(a -> a.disposition() == Disposition.SUSTAINED)
              .toList();
      if (sustained.isEmpty()) {
        throw new IllegalStateException("no sustained allegation to sanction");
      }
      Map<Officer, Allegation> byOfficer = new TreeMap<>(BY_BADGE);
      for (Allegation a : sustained) {
        if (a.officer() != null) {
          byOfficer.merge(a.officer(), a, (x, y) -> gravestFirst.compare(x, y) <= 0 ? x : y);
        }
      }
      if (byOfficer.isEmpty()) {
        return List.of(sustained.stream().min(gravestFirst).orElseThrow().id());
      }
      return byOfficer.values().stream().map(Allegation::id).toList();
    }

    private static final Comparator<Officer> BY_BADGE =
        Comparator.comparing(o -> o.badgeNumber().toString());
  }

  /**
   * The facts the discipline matrix decides on for one officer's sanction: the group and severity
   * of the allegation sanctioned, and that officer's sustained allegations of the five years
   * before, in other complaints. Set in the officer's own run of the sanction.
   */
  @Named("officerSanctionFactsDelegate")
  @ApplicationScoped
  public static class OfficerSanctionFacts implements JavaDelegate {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
      Allegation allegation =
          em.find(
              Allegation.class,
              ((Number) execution.getVariable(Lifecycle.SANCTIONED_ALLEGATION)).longValue());
      execution.setVariable("categoryGroup", allegation.category().group().name());
      execution.setVariable("serious", allegation.category().isSerious());
      execution.setVariable(
          "priorSustained",
          allegation.officer() == null
              ? 0
              : IntakeDelegates.priorSustained(
                  em, allegation.complaint(), List.of(allegation.officer()), LocalDate.now(clock)));
    }
  }

  /**
   * The disciplinary authority decides, with the matrix's recommendation: the form reads its
   * payload into {@link SanctionDecisions.Decision}, which validates and records it.
   */
  @ApplicationScoped
  public static class DecideSanction implements TaskForm {

    @Inject SanctionDecisions decisions;

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
      @SuppressWarnings("unchecked")
      Map<String, Object> range =
          (Map<String, Object>) task.variables().get(Lifecycle.RECOMMENDATION);
      boolean referralRecommended = Boolean.TRUE.equals(range.get("referral"));
      // the matrix's recommendation to refer is decided either way, never left as a flag
      Boolean referral = payload.bool("referToProsecutor", referralRecommended);
      payload.check();
      long decision =
          decisions.decide(
              new SanctionDecisions.Decision(
                  task.complaintId(),
                  ((Number) task.variables().get(Lifecycle.SANCTIONED_ALLEGATION)).longValue(),
                  new SanctionDecisions.Recommendation(
                      Sanction.valueOf((String) range.get("minimumSanction")),
                      Sanction.valueOf((String) range.get("maximumSanction")),
                      referralRecommended),
                  sanction,
                  days,
                  referral,
                  justification,
                  task.username(),
                  appealWindow(task.variables().get(Lifecycle.APPEAL_WINDOW))));
      return Map.of(Lifecycle.SANCTION_DECISION, decision);
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

  /** The appeal window the lifecycle runs (an ISO-8601 period), or null when it has none. */
  static java.time.Period appealWindow(Object window) {
    return window == null ? null : java.time.Period.parse(window.toString());
  }
}
