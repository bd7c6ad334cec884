package org.veedor.casefile.domain;

import org.veedor.platform.MessageKey;

/** Why a request about a case's files or notes is refused, as message keys. */
public enum CaseFileRefusal implements MessageKey {
  ONLY_OWN_CASE_MARKS_IDENTIFYING("casefile.refusal.onlyOwnCaseMarksIdentifying"),
  ONLY_INVESTIGATOR_ADDS_FILES("casefile.refusal.onlyInvestigatorAddsFiles"),
  ONLY_INVESTIGATOR_WRITES_NOTES("casefile.refusal.onlyInvestigatorWritesNotes"),
  /** {0}: the largest size in MB. */
  TOO_LARGE("casefile.refusal.tooLarge"),
  /** {0}: the media type the bytes were found to be. */
  UNSUPPORTED_TYPE("casefile.refusal.unsupportedType"),
  HASH_MISMATCH("casefile.refusal.hashMismatch"),
  /** {0}: the note's latest version, written by someone else meanwhile. */
  NOTE_CHANGED_MEANWHILE("casefile.refusal.noteChangedMeanwhile");

  private final String key;

  CaseFileRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
