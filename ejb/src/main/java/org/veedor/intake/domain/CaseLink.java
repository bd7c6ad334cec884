package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Two complaints that belong together: the same incident, the same pattern, or a duplicate. */
@Entity
@Table(name = "case_link")
public class CaseLink {

  /** Why two complaints are linked. */
  public enum Kind {
    SAME_INCIDENT,
    SAME_PATTERN,
    /** The first complaint duplicated the second and was merged into it. */
    DUPLICATE_OF
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private long complaintId;

  @Column(name = "linked_id", nullable = false)
  private long linkedId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(name = "linked_by", nullable = false, length = 60)
  private String linkedBy;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected CaseLink() {}

  public CaseLink(
      long complaintId, long linkedId, Kind kind, String reason, String linkedBy, Instant at) {
    if (complaintId == linkedId) {
      throw new IllegalArgumentException("a complaint is not linked to itself");
    }
    this.complaintId = complaintId;
    this.linkedId = linkedId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = Objects.requireNonNull(reason, "reason").strip();
    this.linkedBy = Objects.requireNonNull(linkedBy, "linked by");
    this.linkedAt = Objects.requireNonNull(at, "linked at");
  }

  public long complaintId() {
    return complaintId;
  }

  public long linkedId() {
    return linkedId;
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public String linkedBy() {
    return linkedBy;
  }

  public Instant linkedAt() {
    return linkedAt;
  }
}
