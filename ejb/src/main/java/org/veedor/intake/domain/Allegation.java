package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.Unit;

/**
 * One allegation of a complaint: a category of misconduct, against an officer when known, kept with
 * the unit the officer served in on the incident date (so trends follow the unit even after people
 * move), and in time its disposition.
 */
@Entity
@Table(name = "allegation")
public class Allegation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allegation_seq")
  @SequenceGenerator(name = "allegation_seq", sequenceName = "allegation_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private AllegationCategory category;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private Disposition disposition;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "proposed_disposition", length = 20)
  private Disposition proposedDisposition;

  @Column(name = "disposed_on")
  private LocalDate disposedOn;

  @Embedded private SourceCodes sourceCodes;

  protected Allegation() {}

  Allegation(Complaint complaint, AllegationCategory category, Officer officer, Unit unit) {
    this.complaint = Objects.requireNonNull(complaint, "complaint");
    this.category = Objects.requireNonNull(category, "category");
    this.officer = officer;
    this.unit = unit;
  }

  /** Who and which unit the allegation is about, as identified later (through the complaint). */
  void attributeTo(Officer officer, Unit unit) {
    this.officer = officer;
    this.unit = unit;
  }

  /** The investigator's proposed finding, until the supervisor approves it. */
  public void propose(Disposition finding) {
    this.proposedDisposition = Objects.requireNonNull(finding, "finding");
  }

  /** The supervisor approved the proposal: it becomes the disposition. */
  public void approveProposal(LocalDate on) {
    if (proposedDisposition == null) {
      throw new IllegalStateException("allegation " + id + " has no proposed finding");
    }
    dispose(proposedDisposition, on);
  }

  public Disposition proposedDisposition() {
    return proposedDisposition;
  }

  public void dispose(Disposition disposition, LocalDate on) {
    this.disposition = Objects.requireNonNull(disposition, "disposition");
    this.disposedOn = Objects.requireNonNull(on, "date");
  }

  /** The codes another system gave this allegation, kept as given when it was imported. */
  public void keepSourceCodes(SourceCodes codes) {
    this.sourceCodes = Objects.requireNonNull(codes, "source codes");
  }

  public SourceCodes sourceCodes() {
    return sourceCodes;
  }

  public Long id() {
    return id;
  }

  public Complaint complaint() {
    return complaint;
  }

  public Officer officer() {
    return officer;
  }

  public Unit unit() {
    return unit;
  }

  public AllegationCategory category() {
    return category;
  }

  public Disposition disposition() {
    return disposition;
  }

  public LocalDate disposedOn() {
    return disposedOn;
  }
}
