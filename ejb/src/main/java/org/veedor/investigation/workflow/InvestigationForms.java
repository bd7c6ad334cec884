package org.veedor.investigation.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.intake.workflow.Lifecycle;
import org.veedor.platform.InputReason;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/** The forms of the investigation's user tasks. */
public final class InvestigationForms {

  private InvestigationForms() {}

  /**
   * A supervisor names the investigator. Only an investigator the access rules let see the case may
   * be chosen: nobody named in it or serving in a named unit, and for the special corruption unit's
   * cases, one of its members.
   */
  @ApplicationScoped
  public static class AssignInvestigator implements TaskForm {

    @PersistenceContext EntityManager em;
    @Inject Viewers viewers;
    @Inject ComplaintSearch search;

    @Override
    public String taskKey() {
      return "AssignInvestigatorTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.SUPERVISOR);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      String investigator = payload.text("investigator", true, 60);
      payload.check();
      Complaint complaint = em.find(Complaint.class, task.complaintId());
      checkInvestigator(viewers, search, payload, complaint, investigator, task);
      payload.check();
      complaint.assignTo(investigator, task.username());
      return Map.of(Lifecycle.INVESTIGATOR, investigator, Lifecycle.SUPERVISOR, task.username());
    }
  }

  /**
   * Whether this investigator may work the case: an investigator, not kept from it by the access
   * rules (named in it, serving in a named unit), and for the special corruption unit's cases one
   * of its members. Each refusal names the field.
   */
  static void checkInvestigator(
      Viewers viewers,
      ComplaintSearch search,
      Payload payload,
      Complaint complaint,
      String investigator,
      TaskForm.TaskContext task) {
    if (investigator == null) {
      return;
    }
    Optional<Viewer> candidate = viewers.of(investigator);
    if (candidate.isEmpty() || !candidate.get().hasRole(Roles.INVESTIGATOR)) {
      payload.reject("investigator", InvestigationRefusal.NO_SUCH_INVESTIGATOR);
    } else if (search.findVisible(complaint.referenceNumber(), candidate.get()).isEmpty()) {
      payload.reject("investigator", InvestigationRefusal.INVESTIGATOR_MAY_NOT_WORK_CASE);
    } else if ("SPECIAL_CORRUPTION_UNIT".equals(task.variables().get(Lifecycle.TRACK))
        && !candidate.get().sealedCasesUnitMember()) {
      payload.reject("investigator", InvestigationRefusal.SPECIAL_UNIT_MEMBERS_ONLY);
    }
  }

  /** The investigator proposes a finding for every allegation. */
  @ApplicationScoped
  public static class Investigate implements TaskForm {

    @PersistenceContext EntityManager em;

    @Override
    public String taskKey() {
      return "InvestigateTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.INVESTIGATOR);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      Map<String, Object> findings = payload.object("findings", true);
      payload.note("summary", false, 4000);
      payload.check();
      Complaint complaint = em.find(Complaint.class, task.complaintId());
      Map<Allegation, Disposition> proposals = new HashMap<>();
      for (Allegation allegation : complaint.allegations()) {
        String key = String.valueOf(allegation.id());
        Object value = findings.get(key);
        if (value == null) {
          payload.reject("findings." + key, InvestigationRefusal.FINDING_NEEDED);
          continue;
        }
        try {
          proposals.put(allegation, Disposition.valueOf(value.toString()));
        } catch (IllegalArgumentException e) {
          payload.reject(
              "findings." + key,
              InputReason.NOT_ONE_OF,
              java.util.Arrays.toString(Disposition.values()));
        }
      }
      for (String key : findings.keySet()) {
        boolean known =
            complaint.allegations().stream().anyMatch(a -> String.valueOf(a.id()).equals(key));
        if (!known) {
          payload.reject("findings." + key, InvestigationRefusal.NO_SUCH_ALLEGATION);
        }
      }
      payload.check();
      proposals.forEach(Allegation::propose);
      return Map.of();
    }
  }

  /** Four eyes: the supervisor approves the proposed findings or returns them, saying why. */
  @ApplicationScoped
  public static class ReviewFindings implements TaskForm {

    @Override
    public String taskKey() {
      return "ReviewFindingsTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.SUPERVISOR);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      Boolean approved = payload.bool("approved", true);
      String comments = payload.note("comments", false, 4000);
      if (Boolean.FALSE.equals(approved) && comments == null) {
        payload.reject("comments", InvestigationRefusal.SAY_WHAT_TO_REDO);
      }
      if (task.username().equals(task.variables().get(Lifecycle.INVESTIGATOR))) {
        payload.reject("approved", InvestigationRefusal.OWN_FINDINGS);
      }
      payload.check();
      return Map.of(Lifecycle.FINDINGS_APPROVED, approved);
    }
  }

  /** What the supervisor does with an investigation past its deadline. */
  public enum OverdueAction {
    /** More days for the same investigator; the reminder and the deadline timers follow. */
    EXTEND,
    /** Another investigator takes the case over, with days of their own. */
    REASSIGN
  }

  /**
   * Escalation: the supervisor decides what happens with an overdue investigation, and says why.
   * The decision acts: the investigation task is issued again with the new deadline (and to the new
   * investigator), so that its reminder and deadline timers run from the decision.
   */
  @ApplicationScoped
  public static class HandleOverdue implements TaskForm {

    @PersistenceContext EntityManager em;
    @Inject Viewers viewers;
    @Inject ComplaintSearch search;
    @Inject Clock clock;
    @Inject InvestigationRestart restart;

    @Override
    public String taskKey() {
      return "HandleOverdueInvestigationTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.SUPERVISOR);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      OverdueAction action = payload.choice("action", true, OverdueAction.class);
      Integer days = payload.integer("extraDays", true, 1, 365);
      String investigator =
          action == OverdueAction.REASSIGN ? payload.text("investigator", true, 60) : null;
      payload.note("decision", true, 4000);
      payload.check();
      Complaint complaint = em.find(Complaint.class, task.complaintId());
      if (action == OverdueAction.REASSIGN) {
        if (investigator.equals(task.variables().get(Lifecycle.INVESTIGATOR))) {
          payload.reject("investigator", InvestigationRefusal.SAME_INVESTIGATOR);
        }
        checkInvestigator(viewers, search, payload, complaint, investigator, task);
        payload.check();
      }
      Instant now = clock.instant();
      Object old = task.variables().get(Lifecycle.DEADLINE_AT);
      Instant from =
          old instanceof Date date && date.toInstant().isAfter(now) ? date.toInstant() : now;
      Instant deadline = from.plus(Duration.ofDays(days));
      Instant reminder = now.plus(Duration.between(now, deadline).multipliedBy(3).dividedBy(4));
      Map<String, Object> variables = new HashMap<>();
      variables.put(Lifecycle.DEADLINE_AT, Date.from(deadline));
      variables.put(Lifecycle.REMINDER_AT, Date.from(reminder));
      if (complaint.deadlineDays() != null) {
        complaint.setInvestigationDeadline(complaint.deadlineDays() + days);
      }
      if (action == OverdueAction.REASSIGN) {
        variables.put(Lifecycle.INVESTIGATOR, investigator);
        complaint.assignTo(investigator, task.username());
      }
      restart.withDeadline(task.taskId(), variables);
      return Map.of("overdueAction", action.name());
    }
  }
}
