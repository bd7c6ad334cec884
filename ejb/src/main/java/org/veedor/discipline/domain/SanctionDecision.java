package org.veedor.discipline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The disciplinary authority's sanction for a sustained allegation, beside the range the matrix
 * recommended. A sanction outside the range carries its written justification; whether it lies
 * inside is kept, for the consistency indicator. An appeal may then uphold, modify or reverse it.
 */
@Entity
@Table(name = "sanction_decision")
public class SanctionDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private long complaintId;

  @Column(name = "allegation_id", nullable = false)
  private long allegationId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "recommended_minimum", nullable = false, length = 30)
  private Sanction recommendedMinimum;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "recommended_maximum", nullable = false, length = 30)
  private Sanction recommendedMaximum;

  @Column(name = "referral_recommended", nullable = false)
  private boolean referralRecommended;

  /** Whether the authority refers the officer for prosecution; null on older decisions. */
  @Column(name = "referral_decided")
  private Boolean referralDecided;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private Sanction sanction;

  @Column(name = "suspension_days")
  private Integer suspensionDays;

  @Column(name = "inside_range", nullable = false)
  private boolean insideRange;

  @Column(length = 4000)
  private String justification;

  @Column(name = "decided_by", nullable = false, length = 60)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "final_at")
  private Instant finalAt;

  @Column(name = "appeal_until")
  private Instant appealUntil;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "appeal_outcome", length = 20)
  private AppealOutcome appealOutcome;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "appeal_sanction", length = 30)
  private Sanction appealSanction;

  @Column(name = "appeal_suspension_days")
  private Integer appealSuspensionDays;

  @Column(name = "appeal_reason", length = 4000)
  private String appealReason;

  @Column(name = "appeal_decided_by", length = 60)
  private String appealDecidedBy;

  @Column(name = "appeal_decided_at")
  private Instant appealDecidedAt;

  @Version private long version;

  protected SanctionDecision() {}

  /**
   * @throws IllegalArgumentException when the sanction lies outside the range without a
   *     justification, or a suspension lacks its days
   */
  public SanctionDecision(
      long complaintId,
      long allegationId,
      Sanction recommendedMinimum,
      Sanction recommendedMaximum,
      boolean referralRecommended,
      boolean referralDecided,
      Sanction sanction,
      Integer suspensionDays,
      String justification,
      String decidedBy,
      Instant decidedAt) {
    this.complaintId = complaintId;
    this.allegationId = allegationId;
    this.recommendedMinimum = Objects.requireNonNull(recommendedMinimum, "minimum");
    this.recommendedMaximum = Objects.requireNonNull(recommendedMaximum, "maximum");
    this.referralRecommended = referralRecommended;
    this.referralDecided = referralDecided;
    this.sanction = Objects.requireNonNull(sanction, "sanction");
    this.insideRange = sanction.within(recommendedMinimum, recommendedMaximum);
    if (!insideRange && (justification == null || justification.isBlank())) {
      throw new IllegalArgumentException(
          "a sanction outside the recommended range ("
              + recommendedMinimum
              + " to "
              + recommendedMaximum
              + ") needs a written justification");
    }
    if (sanction == Sanction.SUSPENSION_DAYS && (suspensionDays == null || suspensionDays < 1)) {
      throw new IllegalArgumentException("a suspension needs its number of days");
    }
    this.suspensionDays = sanction == Sanction.SUSPENSION_DAYS ? suspensionDays : null;
    this.justification = justification;
    this.decidedBy = Objects.requireNonNull(decidedBy, "decided by");
    this.decidedAt = Objects.requireNonNull(decidedAt, "decided at");
  }

  /** The officer may appeal until then (the end of the appeal window, from the decision). */
  public void allowAppealUntil(Instant until) {
    if (until != null && until.isBefore(decidedAt)) {
      throw new IllegalArgumentException("the appeal window ends before the decision");
    }
    appealUntil = until;
  }

  /** The end of the appeal window; null when none was set (decided before windows were kept). */
  public Instant appealUntil() {
    return appealUntil;
  }

  /** The appeal window closed unused: the sanction stands. */
  public void becomeFinal(Instant at) {
    finalAt = Objects.requireNonNull(at, "final at");
  }

  /**
   * The appeals body decided; the sanction that results is final. A modification to a suspension
   * names its days; upheld keeps the sanction and its days; reversed leaves no sanction.
   */
  public void decideAppeal(
      AppealOutcome outcome,
      Sanction modified,
      Integer modifiedDays,
      String reason,
      String by,
      Instant at) {
    this.appealOutcome = Objects.requireNonNull(outcome, "outcome");
    if (outcome == AppealOutcome.MODIFIED && modified == null) {
      throw new IllegalArgumentException("a modified sanction must be named");
    }
    if (outcome == AppealOutcome.MODIFIED
        && modified == Sanction.SUSPENSION_DAYS
        && (modifiedDays == null || modifiedDays < 1)) {
      throw new IllegalArgumentException("a suspension needs its number of days");
    }
    this.appealSuspensionDays =
        switch (outcome) {
          case UPHELD -> suspensionDays;
          case MODIFIED -> modified == Sanction.SUSPENSION_DAYS ? modifiedDays : null;
          case REVERSED -> null;
        };
    this.appealSanction =
        switch (outcome) {
          case UPHELD -> sanction;
          case MODIFIED -> modified;
          case REVERSED -> Sanction.NONE;
        };
    this.appealReason = reason;
    this.appealDecidedBy = Objects.requireNonNull(by, "decided by");
    this.appealDecidedAt = Objects.requireNonNull(at, "decided at");
    this.finalAt = at;
  }

  public Long id() {
    return id;
  }

  public Sanction sanction() {
    return sanction;
  }

  public boolean isInsideRange() {
    return insideRange;
  }

  public AppealOutcome appealOutcome() {
    return appealOutcome;
  }

  public Sanction finalSanction() {
    return appealSanction != null ? appealSanction : sanction;
  }

  /** The days of the final sanction when it is a suspension. */
  public Integer finalSuspensionDays() {
    return appealOutcome != null ? appealSuspensionDays : suspensionDays;
  }

  public long complaintId() {
    return complaintId;
  }

  public long allegationId() {
    return allegationId;
  }

  public Sanction recommendedMinimum() {
    return recommendedMinimum;
  }

  public Sanction recommendedMaximum() {
    return recommendedMaximum;
  }

  public boolean referralRecommended() {
    return referralRecommended;
  }

  public Boolean referralDecided() {
    return referralDecided;
  }

  public Integer suspensionDays() {
    return suspensionDays;
  }

  public String justification() {
    return justification;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String appealReason() {
    return appealReason;
  }

  public Instant appealDecidedAt() {
    return appealDecidedAt;
  }

  public Instant finalAt() {
    return finalAt;
  }
}
