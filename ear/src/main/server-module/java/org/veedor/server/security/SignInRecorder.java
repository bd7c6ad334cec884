package org.veedor.server.security;

import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.event.SecurityAuthenticationFailedEvent;
import org.wildfly.security.auth.server.event.SecurityAuthenticationSuccessfulEvent;
import org.wildfly.security.auth.server.event.SecurityEvent;

/**
 * Elytron's listener for Veedor's security domain: every failed sign-in is counted against the
 * account and written to {@code sign_in_attempt}; after {@code lockout-threshold} failures in a row
 * the account is locked, first for {@code first-lock-seconds}, then twice as long after each further
 * failure, up to {@code longest-lock-seconds}. The realm's principal query refuses a locked account,
 * so a right password does not help until the lock runs out. Attempts while locked are recorded but
 * do not extend the lock, so nobody can keep a colleague locked out forever by guessing.
 *
 * <p>HTTP Basic signs in on every API request; successes of one user are therefore written at most
 * once per {@code success-quiet-seconds}, failures always.
 */
public final class SignInRecorder implements Consumer<SecurityEvent> {

  private static final Logger LOG = Logger.getLogger(SignInRecorder.class.getName());
  private static final int NAME_LENGTH = 60;

  private final Map<String, Instant> lastRecordedSuccess = new ConcurrentHashMap<>();
  private String dataSourceName = "java:jboss/datasources/VeedorDS";
  private int lockoutThreshold = 5;
  private Duration firstLock = Duration.ofSeconds(30);
  private Duration longestLock = Duration.ofMinutes(30);
  private Duration successQuiet = Duration.ofMinutes(5);
  private volatile DataSource dataSource;

  /** Called by Elytron with the listener's {@code configuration} map. */
  public void initialize(Map<String, String> configuration) {
    dataSourceName = configuration.getOrDefault("datasource", dataSourceName);
    lockoutThreshold = positive(configuration, "lockout-threshold", lockoutThreshold);
    firstLock =
        Duration.ofSeconds(positive(configuration, "first-lock-seconds", firstLock.toSeconds()));
    longestLock =
        Duration.ofSeconds(
            positive(configuration, "longest-lock-seconds", longestLock.toSeconds()));
    successQuiet =
        Duration.ofSeconds(
            positive(configuration, "success-quiet-seconds", successQuiet.toSeconds()));
  }

  @Override
  public void accept(SecurityEvent event) {
    try {
      if (event instanceof SecurityAuthenticationFailedEvent failed) {
        if (ProviderToken.of(failed.getPrincipal()).isPresent()) {
          // the identity provider signed this person in; handing the identity on to this domain
          // closes an authentication that never asked for a password, which Elytron reports as
          // failed. The realm records what Veedor refuses such a person (disabled, locked).
          return;
        }
        failed(nameOf(failed.getPrincipal()), failed.getInstant());
      } else if (event instanceof SecurityAuthenticationSuccessfulEvent succeeded) {
        succeeded(nameOf(succeeded.getSecurityIdentity()), succeeded.getInstant());
      }
    } catch (SQLException | NamingException | RuntimeException e) {
      // a sign-in must not fail because its record could not be written; the log keeps the loss
      LOG.log(Level.SEVERE, "sign-in attempt not recorded: " + e.getMessage(), e);
    }
  }

  private void succeeded(String username, Instant at) throws SQLException, NamingException {
    Instant last = lastRecordedSuccess.get(username);
    boolean quiet = last != null && last.plus(successQuiet).isAfter(at);
    try (Connection connection = dataSource().getConnection()) {
      try (PreparedStatement reset =
          connection.prepareStatement(
              "update app_user set failed_logins = 0, locked_until = null"
                  + " where username = ? and failed_logins > 0")) {
        reset.setString(1, username);
        if (reset.executeUpdate() == 0 && quiet) {
          return;
        }
      }
      insert(connection, at, username, "SUCCEEDED", 0, null);
      lastRecordedSuccess.put(username, at);
    }
  }

  private void failed(String username, Instant at) throws SQLException, NamingException {
    lastRecordedSuccess.remove(username);
    OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    try (Connection connection = dataSource().getConnection()) {
      Account account = account(connection, username);
      if (account == null) {
        insert(connection, at, username, "UNKNOWN_USER", 0, null);
        return;
      }
      if (account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
        insert(connection, at, username, "WHILE_LOCKED", account.failures, account.lockedUntil);
        return;
      }
      int failures = account.failures + 1;
      OffsetDateTime lockedUntil = null;
      if (failures >= lockoutThreshold) {
        lockedUntil = now.plus(lockFor(failures - lockoutThreshold));
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "update app_user set failed_logins = ?, locked_until = ? where username = ?")) {
        update.setInt(1, failures);
        update.setObject(2, lockedUntil);
        update.setString(3, username);
        update.executeUpdate();
      }
      insert(
          connection, at, username, lockedUntil == null ? "FAILED" : "LOCKED", failures, lockedUntil);
    }
  }

  /** The lock after the n-th failure past the threshold (n from 0): doubling, with a ceiling. */
  Duration lockFor(int beyondThreshold) {
    Duration lock = firstLock;
    for (int i = 0; i < beyondThreshold && lock.compareTo(longestLock) < 0; i++) {
      lock = lock.multipliedBy(2);
    }
    return lock.compareTo(longestLock) > 0 ? longestLock : lock;
  }

  private static Account account(Connection connection, String username) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select failed_logins, locked_until from app_user where username = ?")) {
      select.setString(1, username);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        return new Account(row.getInt(1), row.getObject(2, OffsetDateTime.class));
      }
    }
  }

  private static void insert(
      Connection connection,
      Instant at,
      String username,
      String outcome,
      int failures,
      OffsetDateTime lockedUntil)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into sign_in_attempt (occurred_at, username, outcome, failures_in_a_row,"
                + " locked_until) values (?, ?, ?, ?, ?)")) {
      insert.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.setString(2, username);
      insert.setString(3, outcome);
      insert.setInt(4, failures);
      insert.setObject(5, lockedUntil);
      insert.executeUpdate();
    }
  }

  private DataSource dataSource() throws NamingException {
    DataSource found = dataSource;
    if (found == null) {
      found = (DataSource) new InitialContext().lookup(dataSourceName);
      dataSource = found;
    }
    return found;
  }

  private static String nameOf(SecurityIdentity identity) {
    return identity == null ? "" : nameOf(identity.getPrincipal());
  }

  private static String nameOf(Principal principal) {
    String name = principal == null || principal.getName() == null ? "" : principal.getName();
    return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
  }

  private static int positive(Map<String, String> configuration, String key, long fallback) {
    String value = configuration.get(key);
    if (value == null || value.isBlank()) {
      return Math.toIntExact(fallback);
    }
    int parsed = Integer.parseInt(value.strip());
    if (parsed <= 0) {
      throw new IllegalArgumentException(key + " must be positive, was " + value);
    }
    return parsed;
  }

  private record Account(int failures, OffsetDateTime lockedUntil) {}
}
