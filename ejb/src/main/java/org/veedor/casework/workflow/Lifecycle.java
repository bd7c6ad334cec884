package org.veedor.casework.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

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

  private Lifecycle() {}

  public static long complaintId(VariableScope scope) {
    Object id = scope.getVariable(COMPLAINT_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("the process does not name its complaint");
    }
    return number.longValue();
  }
}
