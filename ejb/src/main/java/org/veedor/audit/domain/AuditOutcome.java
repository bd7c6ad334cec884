package org.veedor.audit.domain;

/** How it ended. */
public enum AuditOutcome {
  SUCCESS,
  NOT_FOUND,
  DENIED,
  FAILURE
}
