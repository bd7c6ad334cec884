package org.veedor.casework.application;

import java.util.EnumSet;
import java.util.Set;
import org.veedor.intake.domain.ComplaintStatus;

/**
 * The events from outside that a case's lifecycle waits for, and the stages at which each applies;
 * the workflow delivers each as the message its model names.
 */
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
   * The stages at which the event applies: a withdrawal until findings are decided (they stand once
   * decided), new evidence until closure, an appeal while sanctions are decided or appealed, a
   * criminal case while the case is investigated, a review once closed.
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
   * The message of the same event at the stages outside the investigator's own task, which handles
   * it in the investigation; null when the event has no such handler.
   */
  public String atStageMessage() {
    return switch (this) {
      case COMPLAINT_WITHDRAWN -> "ComplaintWithdrawnAtStage";
      case NEW_EVIDENCE -> "NewEvidenceAtStage";
      default -> null;
    };
  }
}
