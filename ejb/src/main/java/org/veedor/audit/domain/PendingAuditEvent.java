package org.veedor.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An event recorded with the work it describes and not yet chained: it waits in the inbox until the
 * chainer hashes it onto the end of the chain as an {@link AuditEvent}.
 */
@Entity
@Immutable
@Table(name = "audit_inbox")
public class PendingAuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 60)
  private String username;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "event_type", nullable = false, length = 40)
  private AuditEventType type;

  @Column(name = "object_type", length = 40)
  private String objectType;

  @Column(name = "object_id", length = 100)
  private String objectId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private AuditOutcome outcome;

  @Column(length = 1000)
  private String detail;

  protected PendingAuditEvent() {}

  public PendingAuditEvent(
      Instant occurredAt,
      String username,
      AuditEventType type,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String detail) {
    // the database keeps microseconds; the hash made later must cover what is kept
    this.occurredAt = Objects.requireNonNull(occurredAt, "time").truncatedTo(ChronoUnit.MICROS);
    this.username = AuditEvent.truncate(Objects.requireNonNull(username, "user"), 60);
    this.type = Objects.requireNonNull(type, "type");
    this.objectType = AuditEvent.truncate(objectType, 40);
    this.objectId = AuditEvent.truncate(objectId, 100);
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.detail = AuditEvent.truncate(detail, 1000);
  }

  public Long id() {
    return id;
  }

  /** This event chained after the event with {@code previousId} and {@code previousHash}. */
  public AuditEvent chainedAfter(long previousId, String previousHash) {
    return new AuditEvent(
        previousId,
        previousHash,
        occurredAt,
        username,
        type,
        objectType,
        objectId,
        outcome,
        detail);
  }
}
