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

/** A message between the case's staff and the complainant, shown on the follow page. */
@Entity
@Table(name = "case_message")
public class CaseMessage {

  public static final int MAX_BODY = 4000;

  /** Who wrote to whom. */
  public enum Direction {
    TO_COMPLAINANT,
    FROM_COMPLAINANT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private long complaintId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Direction direction;

  @Column(length = 60)
  private String author;

  @Column(nullable = false, length = MAX_BODY)
  private String body;

  protected CaseMessage() {}

  public CaseMessage(
      long complaintId, Instant createdAt, Direction direction, String author, String body) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("a message needs a text");
    }
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("a message is at most " + MAX_BODY + " characters");
    }
    this.complaintId = complaintId;
    this.createdAt = Objects.requireNonNull(createdAt, "created at");
    this.direction = Objects.requireNonNull(direction, "direction");
    this.author = author;
    this.body = body.strip();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Direction direction() {
    return direction;
  }

  public String body() {
    return body;
  }
}
