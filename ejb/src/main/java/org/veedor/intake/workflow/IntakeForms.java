package org.veedor.intake.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.Complaint;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/** The forms of the intake and triage user tasks. */
public final class IntakeForms {

  private IntakeForms() {}

  /** The tracks the triage may choose, as the triage table and the lifecycle name them. */
  public enum Track {
    FULL_INVESTIGATION,
    SPECIAL_CORRUPTION_UNIT,
    UNIT_LEVEL,
    MEDIATION,
    REFER_TO_PROSECUTOR,
    NO_JURISDICTION
  }

  /** How urgent a case is. */
  public enum Priority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
  }

  /** Intake has completed what the submission lacked; the check runs again. */
  @ApplicationScoped
  public static class CompleteSubmission implements TaskForm {

    @Override
    public String taskKey() {
      return "CompleteSubmissionTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.INTAKE);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      payload.note("note", false, 4000);
      payload.check();
      return Map.of();
    }
  }

  /**
   * The supervisor confirms the triage table's proposal or overrides it; an override (any field
   * differing from the proposal) needs a reason.
   */
  @ApplicationScoped
  public static class ConfirmTriage implements TaskForm {

    @PersistenceContext EntityManager em;

    @Override
    public String taskKey() {
      return "ConfirmTriageTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.SUPERVISOR);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      Track track = payload.choice("track", true, Track.class);
      Priority priority = payload.choice("priority", true, Priority.class);
      Integer days = payload.integer("deadlineDays", true, 1, 730);
      String reason = payload.note("overrideReason", false, 2000);
      payload.check();
      @SuppressWarnings("unchecked")
      Map<String, Object> proposal = (Map<String, Object>) task.variables().get(Lifecycle.TRIAGE);
      boolean overridden =
          proposal == null
              || !track.name().equals(proposal.get("track"))
              || !priority.name().equals(proposal.get("priority"))
              || !Objects.equals(
                  days,
                  proposal.get("deadlineDays") == null
                      ? null
                      : ((Number) proposal.get("deadlineDays")).intValue());
      if (overridden && reason == null) {
        payload.reject("overrideReason", TaskRefusal.OVERRIDE_NEEDS_REASON);
      }
      payload.check();
      Complaint complaint = em.find(Complaint.class, task.complaintId());
      complaint.triage(track.name(), priority.name(), overridden ? reason : null);
      complaint.setInvestigationDeadline(days);
      return Map.of(
          Lifecycle.TRACK, track.name(),
          Lifecycle.PRIORITY, priority.name(),
          Lifecycle.DEADLINE_DAYS, days);
    }
  }

  /** The supervisor reports whether mediation resolved the complaint. */
  @ApplicationScoped
  public static class Mediate implements TaskForm {

    @Override
    public String taskKey() {
      return "MediateTask";
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.SUPERVISOR);
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Payload payload) {
      Boolean resolved = payload.bool("resolved", true);
      payload.note("note", false, 4000);
      payload.check();
      return Map.of(Lifecycle.MEDIATION_RESOLVED, resolved);
    }
  }
}
