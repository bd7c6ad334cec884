package org.veedor.investigation.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.veedor.casework.workflow.Lifecycle;
import org.veedor.identity.domain.Roles;
import org.veedor.investigation.application.InvestigationRefusal;
import org.veedor.investigation.application.Investigations;
import org.veedor.investigation.application.OverdueAction;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/**
 * The forms of the investigation's user tasks: each reads its payload into a typed command of
 * {@link Investigations}, which validates and applies it, and returns what the process goes on
 * with.
 */
public final class InvestigationForms {

  private InvestigationForms() {}

  private static boolean specialUnitCase(TaskForm.TaskContext task) {
    return "SPECIAL_CORRUPTION_UNIT".equals(task.variables().get(Lifecycle.TRACK));
  }

  /** A supervisor names the investigator (conflict rules apply). */
  @ApplicationScoped
  public static class AssignInvestigator implements TaskForm {

    @Inject Investigations investigations;

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
      investigations.assign(
          new Investigations.Assignment(
              task.complaintId(), investigator, task.username(), specialUnitCase(task)));
      return Map.of(Lifecycle.INVESTIGATOR, investigator, Lifecycle.SUPERVISOR, task.username());
    }
  }

  /** The investigator proposes a finding for every allegation. */
  @ApplicationScoped
  public static class Investigate implements TaskForm {

    @Inject Investigations investigations;

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
      Map<String, String> byAllegation = new LinkedHashMap<>();
      findings.forEach((k, v) -> byAllegation.put(k, v == null ? null : v.toString()));
      investigations.proposeFindings(
          new Investigations.ProposedFindings(task.complaintId(), byAllegation));
      return Map.of();
    }
  }

  /** Four eyes: the supervisor approves the proposed findings or returns them, saying why. */
  @ApplicationScoped
  public static class ReviewFindings implements TaskForm {

    @Inject Investigations investigations;

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
      payload.check();
      Object investigator = task.variables().get(Lifecycle.INVESTIGATOR);
      investigations.review(
          new Investigations.Review(
              approved,
              comments,
              task.username(),
              investigator == null ? null : investigator.toString()));
      return Map.of(Lifecycle.FINDINGS_APPROVED, approved);
    }
  }

  /**
   * Escalation: the supervisor decides what happens with an overdue investigation, and says why.
   * The decision acts: the investigation task is issued again with the new deadline (and to the new
   * investigator), so that its reminder and deadline timers run from the decision.
   */
  @ApplicationScoped
  public static class HandleOverdue implements TaskForm {

    @Inject Investigations investigations;
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
      boolean escalate = action == OverdueAction.ESCALATE;
      Integer days = escalate ? null : payload.integer("extraDays", true, 1, 365);
      String investigator =
          action == OverdueAction.REASSIGN ? payload.text("investigator", true, 60) : null;
      payload.note("decision", true, 4000);
      if (escalate && !mayEscalate()) {
        payload.reject("action", InvestigationRefusal.ALREADY_ESCALATED);
      }
      payload.check();
      if (escalate) {
        String head =
            investigations.escalate(
                new Investigations.Escalation(
                    task.complaintId(), task.username(), specialUnitCase(task)));
        return Map.of("overdueAction", action.name(), "unitHead", head);
      }
      Object current = task.variables().get(Lifecycle.INVESTIGATOR);
      Object deadlineAt = task.variables().get(Lifecycle.DEADLINE_AT);
      Investigations.Deadline deadline =
          investigations.decideOverdue(
              new Investigations.OverdueDecision(
                  task.complaintId(),
                  action,
                  days,
                  investigator,
                  current == null ? null : current.toString(),
                  supervisorOf(task),
                  deadlineAt instanceof Date date ? date.toInstant() : null,
                  specialUnitCase(task)));
      Map<String, Object> variables = new HashMap<>();
      variables.put(Lifecycle.DEADLINE_AT, Date.from(deadline.deadlineAt()));
      variables.put(Lifecycle.REMINDER_AT, Date.from(deadline.reminderAt()));
      if (action == OverdueAction.REASSIGN) {
        variables.put(Lifecycle.INVESTIGATOR, investigator);
      }
      restart.withDeadline(task.taskId(), variables);
      return Map.of("overdueAction", action.name());
    }

    /** Whether this decision may go up to the head of the unit (the head's own may not). */
    protected boolean mayEscalate() {
      return true;
    }

    /** Who supervises the case after the decision: the one deciding. */
    protected String supervisorOf(TaskContext task) {
      return task.username();
    }
  }

  /**
   * The head of the unit decides the investigation a supervisor escalated: extend the deadline or
   * reassign it, and say why. The case keeps its supervisor.
   */
  @ApplicationScoped
  public static class DecideEscalated extends HandleOverdue {

    @Override
    public String taskKey() {
      return "DecideEscalatedInvestigationTask";
    }

    @Override
    protected boolean mayEscalate() {
      return false;
    }

    @Override
    protected String supervisorOf(TaskContext task) {
      Object supervisor = task.variables().get(Lifecycle.SUPERVISOR);
      return supervisor == null ? task.username() : supervisor.toString();
    }
  }
}
