package org.veedor.audit.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.audit.domain.PendingAuditEvent;
import org.veedor.platform.DatabaseTimes;

/**
 * The sign-in attempts that the server's security layer left in {@code sign_in_attempt}, moved into
 * the chained audit trail by {@link AuditChainer}, in the order they happened, and removed from the
 * inbox in the same transaction.
 */
final class SignInInbox {

  static final String USER = "user";

  private final EntityManager em;

  SignInInbox(EntityManager em) {
    this.em = em;
  }

  /** Chains up to {@code batch} waiting attempts (the chain's lock is held); returns how many. */
  int fold(AuditChainer.Chain chain, int batch) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, occurred_at, username, outcome, failures_in_a_row, locked_until,"
                    + " detail from sign_in_attempt order by id")
            .setMaxResults(batch)
            .getResultList();
    List<Long> ids = new ArrayList<>();
    for (Object[] row : rows) {
      ids.add(((Number) row[0]).longValue());
      String username = (String) row[2];
      Attempt attempt =
          new Attempt(
              DatabaseTimes.instant(row[1]),
              username == null || username.isBlank() ? "(no user name)" : username,
              (String) row[3],
              ((Number) row[4]).intValue(),
              row[5] == null ? null : DatabaseTimes.instant(row[5]),
              (String) row[6]);
      chain.append(
          new PendingAuditEvent(
              attempt.at(),
              attempt.username(),
              attempt.type(),
              USER,
              attempt.username(),
              attempt.outcome(),
              attempt.detail()));
    }
    if (!ids.isEmpty()) {
      // by id, never by range: an attempt committed later with a lower id waits for the next round
      em.createNativeQuery("delete from sign_in_attempt where id in (:ids)")
          .setParameter("ids", ids)
          .executeUpdate();
    }
    return rows.size();
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
