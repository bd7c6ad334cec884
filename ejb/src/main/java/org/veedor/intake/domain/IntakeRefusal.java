package org.veedor.intake.domain;

import org.veedor.platform.MessageKey;

/** Why intake refuses a request, as keys of the message bundles. */
public enum IntakeRefusal implements MessageKey {
  /** {0}: the text given. */
  NOT_A_REFERENCE("intake.refusal.notAReference"),
  /** {0}: the reference. */
  NOT_YOURS_TO_SEE("intake.refusal.notYoursToSee"),
  ONLY_OWN_CASE_WRITES_TO_COMPLAINANT("intake.refusal.onlyOwnCaseWritesToComplainant"),
  ONLY_SEALED_CASES_SUPERVISORS("intake.refusal.onlySealedCasesSupervisors"),
  NO_SUCH_CATEGORY("intake.refusal.noSuchCategory"),
  CATEGORY_RETIRED("intake.refusal.categoryRetired"),
  CATEGORY_CODE_FORM("intake.refusal.categoryCodeForm"),
  /** {0}: the code. */
  CATEGORY_CODE_TAKEN("intake.refusal.categoryCodeTaken"),
  NO_SUCH_CATEGORY_GROUP("intake.refusal.noSuchCategoryGroup"),
  CATEGORY_NAMES_REQUIRED("intake.refusal.categoryNamesRequired"),
  ANONYMOUS_WITH_DETAILS("intake.refusal.anonymousWithDetails"),
  NAMED_NEEDS_NAME("intake.refusal.namedNeedsName"),
  INCIDENT_AFTER_COMPLAINT("intake.refusal.incidentAfterComplaint"),
  /** {0}: the reference. */
  STILL_OPEN("intake.refusal.stillOpen"),
  /** {0}: the reference; {1}: the event. */
  WRONG_STAGE("intake.refusal.wrongStage"),
  /** Several officers' sanctions await an appeal: the appeal names its officer. */
  APPEAL_NAMES_OFFICER("intake.refusal.appealNamesOfficer"),
  /** {0}: the reference; {1}: the badge. */
  NO_APPEALABLE_SANCTION("intake.refusal.noAppealableSanction"),
  /** {0}: the event; {1}: the stage the complaint is at. */
  EVENT_NOT_AT_STAGE("intake.refusal.eventNotAtStage"),
  ONLY_CASE_STAFF_AMEND("intake.refusal.onlyCaseStaffAmend"),
  NO_SUCH_ALLEGATION("intake.refusal.noSuchAllegation"),
  AMENDMENT_NEEDS_REASON("intake.refusal.amendmentNeedsReason"),
  /** {0}: the reference. */
  BOARD_REVIEW_NOT_OPEN("intake.refusal.boardReviewNotOpen"),
  NOT_ITSELF("intake.refusal.notItself"),
  /** {0}: the reference. */
  ALREADY_MERGED("intake.refusal.alreadyMerged"),
  /** {0}: the reference. */
  AFTER_FINDINGS("intake.refusal.afterFindings"),
  /** {0}: the reference. */
  LAST_ALLEGATION("intake.refusal.lastAllegation"),
  /** {0}: the reference. */
  CASE_CLOSED("intake.refusal.caseClosed");

  private final String key;

  IntakeRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
