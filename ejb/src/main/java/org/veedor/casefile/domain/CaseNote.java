package org.veedor.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of an investigator's note. A note is its versions under one key; editing writes the
 * next version, and none is ever changed or removed.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

  public static final int MAX_LENGTH = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false, updatable = false)
  private long complaintId;

  @Column(name = "note_key", nullable = false, length = 36, updatable = false)
  private String noteKey;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNo;

  @Column(nullable = false, length = MAX_LENGTH, updatable = false)
  private String body;

  @Column(name = "written_by", nullable = false, length = 60, updatable = false)
  private String writtenBy;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected CaseNote() {}

  private CaseNote(
      long complaintId, String noteKey, int versionNo, String body, String by, Instant at) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("a note needs text");
    }
    if (body.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a note is at most " + MAX_LENGTH + " characters");
    }
    this.complaintId = complaintId;
    this.noteKey = Objects.requireNonNull(noteKey);
    this.versionNo = versionNo;
    this.body = body.strip();
    this.writtenBy = Objects.requireNonNull(by);
    this.writtenAt = Objects.requireNonNull(at);
  }

  /** The first version of a new note. */
  public static CaseNote first(long complaintId, String body, String by, Instant at) {
    return new CaseNote(complaintId, java.util.UUID.randomUUID().toString(), 1, body, by, at);
  }

  /** The version after this one. */
  public CaseNote revise(String newBody, String by, Instant at) {
    return new CaseNote(complaintId, noteKey, versionNo + 1, newBody, by, at);
  }

  public Long id() {
    return id;
  }

  public long complaintId() {
    return complaintId;
  }

  public String noteKey() {
    return noteKey;
  }

  public int versionNo() {
    return versionNo;
  }

  public String body() {
    return body;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
