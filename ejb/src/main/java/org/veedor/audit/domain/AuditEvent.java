package org.veedor.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One recorded event. Immutable once written: the application never updates or deletes one, and its
 * hash covers every field together with the hash of the event before it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

  @Id private long id;

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

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEvent() {}

  /**
   * The next event of the chain, after the event with {@code previousId} and {@code previousHash}.
   */
  public AuditEvent(
      long previousId,
      String previousHash,
      Instant occurredAt,
      String username,
      AuditEventType type,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String detail) {
    this.id = previousId + 1;
    this.previousHash = Objects.requireNonNull(previousHash, "previous hash");
    // the database keeps microseconds; the hash must cover what is kept
    this.occurredAt = Objects.requireNonNull(occurredAt, "time").truncatedTo(ChronoUnit.MICROS);
    this.username = truncate(Objects.requireNonNull(username, "user"), 60);
    this.type = Objects.requireNonNull(type, "type");
    this.objectType = truncate(objectType, 40);
    this.objectId = truncate(objectId, 100);
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.detail = truncate(detail, 1000);
    this.hash = AuditChain.hash(stored());
  }

  static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** The event as the chain sees it. */
  public StoredEvent stored() {
    return new StoredEvent(
        id,
        occurredAt,
        username,
        type.name(),
        objectType,
        objectId,
        outcome.name(),
        detail,
        previousHash,
        hash);
  }

  public long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String username() {
    return username;
  }

  public AuditEventType type() {
    return type;
  }

  public String objectType() {
    return objectType;
  }

  public String objectId() {
    return objectId;
  }

  public AuditOutcome outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
