package org.veedor.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of a case file's chain of custody: who did what to it, and when. Never changed. */
@Entity
@Table(name = "custody_event")
public class CustodyEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_file_id", nullable = false, updatable = false)
  private long caseFileId;

  @Column(name = "complaint_id", nullable = false, updatable = false)
  private long complaintId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private CustodyAction action;

  @Column(nullable = false, length = 60, updatable = false)
  private String username;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(length = 2000, updatable = false)
  private String detail;

  protected CustodyEvent() {}

  public CustodyEvent(
      CaseFile file, CustodyAction action, String username, Instant occurredAt, String detail) {
    this.caseFileId = file.id();
    this.complaintId = file.complaintId();
    this.action = action;
    this.username = username;
    this.occurredAt = occurredAt;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public Long id() {
    return id;
  }

  public long caseFileId() {
    return caseFileId;
  }

  public CustodyAction action() {
    return action;
  }

  public String username() {
    return username;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String detail() {
    return detail;
  }
}
