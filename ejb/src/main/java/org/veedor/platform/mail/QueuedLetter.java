package org.veedor.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.veedor.platform.protection.PersonalDataConverter;

/**
 * A letter in the outbox: queued in the transaction that decided it, deleted once the mail server
 * took it, tried again later (at growing intervals) while it refuses, and given up after {@link
 * #MOST_ATTEMPTS} tries with the last error kept for the operators.
 */
@Entity
@Table(name = "mail_outbox")
public class QueuedLetter {

  static final int MOST_ATTEMPTS = 8;
  static final int MAX_BODY = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Convert(converter = PersonalDataConverter.class)
  @Column(nullable = false, length = 1200)
  private String recipient;

  @Convert(converter = PersonalDataConverter.class)
  @Column(nullable = false, length = 2000)
  private String subject;

  @Convert(converter = PersonalDataConverter.class)
  @Column(nullable = false, length = 24000)
  private String body;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  @Column(nullable = false)
  private int attempts;

  /** When to try next; null once given up. */
  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected QueuedLetter() {}

  QueuedLetter(Letter letter, Instant at) {
    this.recipient = letter.to();
    this.subject = letter.subject();
    this.body =
        letter.body().length() > MAX_BODY ? letter.body().substring(0, MAX_BODY) : letter.body();
    this.kind = letter.kind();
    this.queuedAt = at;
    this.nextAttemptAt = at;
  }

  Letter letter() {
    return new Letter(recipient, subject, body, kind);
  }

  /** A refused try: the next after 1, 2, 4... minutes (at most a day), none after the last. */
  void failed(String error, Instant at) {
    attempts++;
    lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    nextAttemptAt =
        attempts >= MOST_ATTEMPTS
            ? null
            : at.plus(Duration.ofMinutes(Math.min(1L << (attempts - 1), 24 * 60)));
  }

  /** Whether a try is due: not given up, and its time has come. */
  boolean dueAt(Instant at) {
    return nextAttemptAt != null && !nextAttemptAt.isAfter(at);
  }

  boolean givenUp() {
    return nextAttemptAt == null;
  }

  Long id() {
    return id;
  }

  String kind() {
    return kind;
  }

  int attempts() {
    return attempts;
  }
}
