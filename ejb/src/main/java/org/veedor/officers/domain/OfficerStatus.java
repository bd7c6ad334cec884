package org.veedor.officers.domain;

/** An officer's standing in the force. */
public enum OfficerStatus {
  ACTIVE,
  ON_LEAVE,
  SUSPENDED,
  RETIRED,
  DISMISSED
}
