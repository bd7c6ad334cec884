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
  LOGIN_FAILED
}
