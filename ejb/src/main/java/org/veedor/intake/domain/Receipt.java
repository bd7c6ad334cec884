package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.veedor.identity.domain.PasswordDigest;

/**
 * What lets a member of the public follow their complaint: the digest of the passphrase shown to
 * them once. After {@link #MAX_FAILURES} wrong passphrases in a row the receipt is locked for
 * {@link #LOCK}, so that a reference number alone cannot be guessed open.
 */
@Entity
@Table(name = "complaint_receipt")
public class Receipt {

  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Id
  @Column(name = "complaint_id")
  private Long complaintId;

  @Column(name = "passphrase_digest", nullable = false, length = 100)
  private String digest;

  @Column(name = "passphrase_salt", nullable = false, length = 100)
  private String salt;

  @Column(name = "passphrase_iterations", nullable = false)
  private int iterations;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected Receipt() {}

  public Receipt(long complaintId, char[] passphrase, Instant createdAt) {
    PasswordDigest digested = PasswordDigest.of(passphrase);
    this.complaintId = complaintId;
    this.digest = digested.digest();
    this.salt = digested.salt();
    this.iterations = digested.iterations();
    this.createdAt = Objects.requireNonNull(createdAt, "created at");
  }

  /** The outcome of presenting a passphrase. */
  public enum Check {
    OPENED,
    WRONG,
    LOCKED
  }

  /** Checks a passphrase, counting failures and locking after too many. */
  public Check open(char[] passphrase, Instant now) {
    if (lockedUntil != null && lockedUntil.isAfter(now)) {
      return Check.LOCKED;
    }
    if (new PasswordDigest(digest, salt, iterations).matches(passphrase)) {
      failedAttempts = 0;
      lockedUntil = null;
      return Check.OPENED;
    }
    failedAttempts++;
    if (failedAttempts >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK);
      failedAttempts = 0;
    }
    return Check.WRONG;
  }

  public long complaintId() {
    return complaintId;
  }
}
