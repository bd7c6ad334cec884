package org.veedor.casefile.domain;

/** What happened to a case file, in its chain of custody. */
public enum CustodyAction {
  ADDED,
  VIEWED,
  DOWNLOADED,
  TEXT_EXTRACTED,
  EXTRACTION_FAILED,
  /** The stored bytes no longer have the hash recorded when the file was received. */
  INTEGRITY_FAILED,
  /** Marked (or no longer) as a file that identifies the complainant. */
  MARKED,
  /** Moved with a duplicate complaint into the case it was merged into. */
  MOVED
}
