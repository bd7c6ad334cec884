package org.veedor.audit.domain;

/** What happened. */
public enum AuditEventType {
  CASE_READ,
  CASE_LIST,
  CASE_REGISTERED,
  OFFICERS_IMPORTED,
  AUDIT_VERIFIED,
  EXPORT,
  PERMISSION_CHANGED,
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  ACCOUNT_LOCKED,
  CASE_STATUS_CHANGED,
  CASE_EVENT,
  TASK_CLAIMED,
  TASK_COMPLETED,
  PERSONAL_DATA_REMOVED,
  INDEX_REBUILT,
  RECORDS_IMPORTED,
  COMPLAINT_IMPORTED,
  REPORT_VIEWED,
  EVIDENCE_ADDED,
  EVIDENCE_DOWNLOADED,
  EVIDENCE_TAMPERED,
  EVIDENCE_TEXT_EXTRACTED,
  NOTE_WRITTEN,
  CASE_AMENDED,
  /** An account created, renamed, enabled, disabled or given a new password by an administrator. */
  ACCOUNT_CHANGED,
  /** A unit or territory created, renamed or closed. */
  ORGANISATION_CHANGED,
  /** An allegation category added, renamed, regrouped, retired or restored. */
  TAXONOMY_CHANGED,
  /** A user's own password changed by the user. */
  PASSWORD_CHANGED
}
