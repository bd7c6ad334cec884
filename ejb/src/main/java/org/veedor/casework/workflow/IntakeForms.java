package org.veedor.casework.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.OfficerRepository;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitRepository;
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

  /**
   * Intake completes what the submission lacked: the officer (by badge) or at least the unit of the
   * allegations that name neither, found from the complainant's description, the place and the duty
   * rosters. Each change is audited with before and after; the check runs again.
   */
  @ApplicationScoped
  public static class CompleteSubmission implements TaskForm {

    @PersistenceContext EntityManager em;
    @Inject OfficerRepository officers;
    @Inject UnitRepository units;
    @Inject AuditTrail audit;

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
      String badge = payload.text("badgeNumber", false, 20);
      String unitCode = payload.text("unitCode", false, 40);
      payload.note("note", false, 4000);
      payload.check();
      Complaint complaint = em.find(Complaint.class, task.complaintId());
      List<Allegation> unattributed =
          complaint.allegations().stream()
              .filter(a -> a.officer() == null && a.unit() == null)
              .toList();
      Officer officer = null;
      Unit unit = null;
      if (badge != null) {
        officer = badge(badge).flatMap(officers::findByBadge).orElse(null);
        if (officer == null) {
          payload.reject("badgeNumber", OfficerRefusal.NO_SUCH_BADGE);
        }
      }
      if (unitCode != null) {
        unit = units.findByCode(unitCode).orElse(null);
        if (unit == null) {
          payload.reject("unitCode", OfficerRefusal.NO_SUCH_UNIT);
        }
      }
      if (!unattributed.isEmpty() && badge == null && unitCode == null) {
        payload.reject("unitCode", TaskRefusal.SAY_WHOM_IT_IS_ABOUT);
      }
      payload.check();
      for (Allegation allegation : unattributed) {
        String before =
            "["
                + (complaint.officerDescription() == null
                    ? "officer unknown"
                    : "officer described as \"" + complaint.officerDescription() + "\"")
                + ", no unit]";
        if (officer != null) {
          complaint.identifyOfficer(allegation, officer);
        }
        if (allegation.unit() == null && unit != null) {
          complaint.locate(allegation, unit);
        }
        audit.record(
            AuditEventType.CASE_AMENDED,
            "complaint",
            task.reference(),
            AuditOutcome.SUCCESS,
            "submission completed on allegation "
                + allegation.id()
                + ": before "
                + before
                + "; after ["
                + (allegation.officer() == null
                    ? "officer unknown"
                    : "officer " + allegation.officer().badgeNumber())
                + ", "
                + (allegation.unit() == null ? "no unit" : "unit " + allegation.unit().code())
                + "]");
      }
      em.flush();
      Search.session(em).indexingPlan().addOrUpdate(complaint);
      return Map.of();
    }

    private static Optional<BadgeNumber> badge(String text) {
      try {
        return Optional.of(BadgeNumber.parse(text));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
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
