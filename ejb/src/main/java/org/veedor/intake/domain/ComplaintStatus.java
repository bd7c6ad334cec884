package org.veedor.intake.domain;

/** Where a complaint stands in its lifecycle; the workflow drives it from registration on. */
public enum ComplaintStatus {
  RECEIVED,
  REGISTERED,
  TRIAGE,
  MEDIATION,
  INVESTIGATION,
  SUSPENDED,
  FINDINGS_REVIEW,
  SANCTION,
  APPEAL,
  CLOSED
}
