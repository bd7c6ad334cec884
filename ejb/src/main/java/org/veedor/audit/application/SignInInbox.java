package org.veedor.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;

/**
 * Moves the sign-in attempts that the server's security layer left in {@code sign_in_attempt} into
 * the chained audit trail, in the order they happened, and removes them from the inbox in the same
 * transaction: an attempt is either still waiting or in the trail, never lost and never twice. Runs
 * every few seconds, and before anyone reads the trail.
 *
 * <p>Drains may run at once (two nodes, or the timer and a reader of the trail): each takes the
 * chain's lock before it reads the inbox, so the second reads what the first left, never the rows
 * the first is already chaining.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class SignInInbox {

  static final String USER = "user";
  private static final int BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail trail;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "sign-in inbox")
  void onSchedule() {
    drain();
  }

  /**
   * Folds every waiting attempt into the trail, in a transaction of its own (committed before the
   * caller reads the trail, and holding the chain's lock no longer than it takes); returns how
   * many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int drain() {
    if (waiting() == 0) {
      return 0; // nothing to fold: no lock taken
    }
    int folded = 0;
    int batch;
    do {
      batch = fold();
      folded += batch;
    } while (batch == BATCH);
    return folded;
  }

  private long waiting() {
    return ((Number) em.createNativeQuery("select count(*) from sign_in_attempt").getSingleResult())
        .longValue();
  }

  private int fold() {
    // the chain's lock first, then the inbox: a drain running at the same time on another node
    // waits here, and then reads only what this one left
    trail.lockChain();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, occurred_at, username, outcome, failures_in_a_row, locked_until,"
                    + " detail from sign_in_attempt order by id")
            .setMaxResults(BATCH)
            .getResultList();
    long lastId = 0;
    for (Object[] row : rows) {
      lastId = ((Number) row[0]).longValue();
      String username = (String) row[2];
      Attempt attempt =
          new Attempt(
              instant(row[1]),
              username == null || username.isBlank() ? "(no user name)" : username,
              (String) row[3],
              ((Number) row[4]).intValue(),
              row[5] == null ? null : instant(row[5]),
              (String) row[6]);
      trail.recordObserved(
          attempt.at(),
          attempt.username(),
          attempt.type(),
          USER,
          attempt.username(),
          attempt.outcome(),
          attempt.detail());
    }
    if (!rows.isEmpty()) {
      em.createNativeQuery("delete from sign_in_attempt where id <= ?1")
          .setParameter(1, lastId)
          .executeUpdate();
    }
    return rows.size();
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("unexpected time value " + value.getClass().getName());
  }

  /** One attempt as the server recorded it, and how the trail tells it. */
  record Attempt(
      Instant at,
      String username,
      String result,
      int failuresInARow,
      Instant lockedUntil,
      String told) {

    Attempt(Instant at, String username, String result, int failuresInARow, Instant lockedUntil) {
      this(at, username, result, failuresInARow, lockedUntil, null);
    }

    AuditEventType type() {
      return switch (result) {
        case "SUCCEEDED" -> AuditEventType.LOGIN_SUCCEEDED;
        case "LOCKED" -> AuditEventType.ACCOUNT_LOCKED;
        // the identity provider's user: an account made from its token, roles taken from it
        case "PROVISIONED" -> AuditEventType.ACCOUNT_CHANGED;
        case "ROLES_TAKEN" -> AuditEventType.PERMISSION_CHANGED;
        default -> AuditEventType.LOGIN_FAILED;
      };
    }

    AuditOutcome outcome() {
      return switch (result) {
        case "SUCCEEDED", "PROVISIONED", "ROLES_TAKEN" -> AuditOutcome.SUCCESS;
        case "UNKNOWN_USER" -> AuditOutcome.NOT_FOUND;
        case "WHILE_LOCKED", "DISABLED" -> AuditOutcome.DENIED;
        default -> AuditOutcome.FAILURE;
      };
    }

    String detail() {
      if (told != null && !told.isBlank()) {
        return told;
      }
      return switch (result) {
        case "SUCCEEDED" -> "signed in";
        case "UNKNOWN_USER" -> "no such user";
        case "FAILED" -> "wrong password (" + failuresInARow + " in a row)";
        case "LOCKED" ->
            "wrong password ("
                + failuresInARow
                + " in a row): account locked until "
                + utc(lockedUntil);
        case "WHILE_LOCKED" -> "account locked until " + utc(lockedUntil);
        default -> result;
      };
    }

    private static String utc(Instant instant) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
          instant.atOffset(ZoneOffset.UTC).withNano(0));
    }
  }
}
