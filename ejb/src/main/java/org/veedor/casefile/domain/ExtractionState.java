package org.veedor.casefile.domain;

/** Where the extraction of a file's text stands. */
public enum ExtractionState {
  /** Waiting for its turn (after the upload commits, or for a retry). */
  PENDING,
  DONE,
  /** Failed for a reason that may pass (a timeout, a busy server): retried, a few times. */
  FAILED,
  /** Refused for good (a zip bomb, an encrypted document): never retried. */
  REFUSED
}
