package org.veedor.intake.domain;

/** Where a complaint stands in its lifecycle; the workflow drives it from registration on. */
public enum ComplaintStatus {
  RECEIVED,
  REGISTERED,
  TRIAGE,
  INVESTIGATION,
  FINDINGS_REVIEW,
  SANCTION,
  APPEAL,
  CLOSED
}
