package org.veedor.intake.workflow;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.veedor.intake.domain.ComplaintStatus;

/** The names the lifecycle models use: processes, variables and messages. */
public final class Lifecycle {

  public static final String PROCESS = "complaintLifecycle";
  public static final String INVESTIGATION = "complaintInvestigation";

  public static final String COMPLAINT_ID = "complaintId";
  public static final String COMPLETE = "complete";
  public static final String TRIAGE = "triage";
  public static final String TRACK = "track";
  public static final String PRIORITY = "priority";
  public static final String DEADLINE_DAYS = "deadlineDays";
  public static final String MEDIATION_RESOLVED = "mediationResolved";
  public static final String INVESTIGATOR = "investigator";
  public static final String SUPERVISOR = "supervisor";
  public static final String SERIOUS_ALLEGATIONS = "seriousAllegations";
  public static final String FINDINGS_APPROVED = "findingsApproved";
  public static final String ANY_SUSTAINED = "anySustained";
  public static final String WITHDRAWN = "withdrawn";
  public static final String REMINDER_AT = "reminderAt";
  public static final String DEADLINE_AT = "deadlineAt";
  public static final String SUSPENDED_AT = "suspendedAt";
  public static final String RECOMMENDATION = "recommendation";
  public static final String SANCTION_SUBJECTS = "sanctionSubjects";
  public static final String SANCTIONED_ALLEGATION = "sanctionedAllegationId";
  public static final String SANCTION_DECISION = "sanctionDecisionId";
  public static final String APPEAL_WINDOW = "appealWindow";
  public static final String REOPEN = "reopen";
  public static final String REASON = "reason";

  /** The events from outside that the lifecycle waits for (BPMN messages). */
  public enum CaseEvent {
    APPEAL_FILED("AppealFiled"),
    NEW_EVIDENCE("NewEvidence"),
    COMPLAINT_WITHDRAWN("ComplaintWithdrawn"),
    CRIMINAL_CASE_OPENED("CriminalCaseOpened"),
    CRIMINAL_CASE_CLOSED("CriminalCaseClosed"),
    BOARD_REVIEW_REQUESTED("BoardReviewRequested"),
    COMPLAINT_REOPENED("ComplaintReopened");

    private final String message;

    CaseEvent(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }

    /** Whether the event starts a new run of the lifecycle (a closed complaint's review). */
    public boolean startsLifecycle() {
      return this == BOARD_REVIEW_REQUESTED || this == COMPLAINT_REOPENED;
    }

    /**
     * The stages at which the event applies: a withdrawal until findings are decided (they stand
     * once decided), new evidence until closure, an appeal while sanctions are decided or appealed,
     * a criminal case while the case is investigated, a review once closed.
     */
    public Set<ComplaintStatus> stages() {
      return switch (this) {
        case APPEAL_FILED -> EnumSet.of(ComplaintStatus.SANCTION, ComplaintStatus.APPEAL);
        case NEW_EVIDENCE -> EnumSet.range(ComplaintStatus.REGISTERED, ComplaintStatus.APPEAL);
        case COMPLAINT_WITHDRAWN ->
            EnumSet.range(ComplaintStatus.RECEIVED, ComplaintStatus.FINDINGS_REVIEW);
        case CRIMINAL_CASE_OPENED -> EnumSet.of(ComplaintStatus.INVESTIGATION);
        case CRIMINAL_CASE_CLOSED -> EnumSet.of(ComplaintStatus.SUSPENDED);
        case BOARD_REVIEW_REQUESTED, COMPLAINT_REOPENED -> EnumSet.of(ComplaintStatus.CLOSED);
      };
    }

    /**
     * The message of the same event at the stages outside the investigator's own task, which
     * handles it in the investigation; null when the event has no such handler.
     */
    public String atStageMessage() {
      return switch (this) {
        case COMPLAINT_WITHDRAWN -> "ComplaintWithdrawnAtStage";
        case NEW_EVIDENCE -> "NewEvidenceAtStage";
        default -> null;
      };
    }
  }

  private Lifecycle() {}

  public static long complaintId(VariableScope scope) {
    Object id = scope.getVariable(COMPLAINT_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("the process does not name its complaint");
    }
    return number.longValue();
  }
}
