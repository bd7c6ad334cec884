package org.veedor.server.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.wildfly.security.auth.server.RealmUnavailableException;

/**
 * The accounts of people who sign in through the identity provider. WildFly's OpenID Connect client
 * verifies the provider's token (signature, issuer, expiry, audience) and hands the identity to
 * Veedor's domain, whose realm calls {@link #arrive} before it looks the account up. At the first
 * sign-in the account is created from the token (user name, name, e-mail; no password in Veedor);
 * at every sign-in its roles become those the token names in {@code roles-claim} (only Veedor's own
 * roles count), unless the claim is configured empty, in which case Veedor's table keeps them and an
 * administrator sets them. An administrator still places the account in its unit. Creation, role
 * changes and refusals land in {@code sign_in_attempt}, which the application folds into its trail.
 *
 * <p>A disabled or locked account stays refused: the token proves who the person is, Veedor decides
 * whether they may work.
 */
final class ProviderAccounts {

  private static final Logger LOG = Logger.getLogger(ProviderAccounts.class.getName());

  /** Veedor's roles ({@code org.veedor.identity.domain.Roles}); anything else in a token is ignored. */
  static final Set<String> ROLES =
      Set.of(
          "INTAKE",
          "INVESTIGATOR",
          "SUPERVISOR",
          "DISCIPLINARY_AUTHORITY",
          "APPEALS_BODY",
          "OVERSIGHT_BOARD",
          "LEADERSHIP",
          "AUDITOR",
          "ADMIN");

  private static final int NAME_LENGTH = 60;
  private static final int DISPLAY_LENGTH = 200;
  private static final int EMAIL_LENGTH = 254;
  private static final int DETAIL_LENGTH = 1000;

  private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();
  private final String rolesClaim;
  private final Duration quiet;

  /**
   * @param rolesClaim the dotted path of the token's roles ({@code realm_access.roles}); blank: the
   *     roles stay in Veedor's table
   * @param quiet how long a user's sign-ins and refusals are recorded once (a bearer token signs in
   *     on every call)
   */
  ProviderAccounts(String rolesClaim, Duration quiet) {
    this.rolesClaim = rolesClaim == null ? "" : rolesClaim.strip();
    this.quiet = quiet;
  }

  /** What Veedor holds of the account, as far as a sign-in needs it. */
  private record Held(boolean enabled, boolean locked, String displayName, String email) {}

  /**
   * Creates the account of the token's user or brings it up to date, and records the sign-in (or its
   * refusal) at most once per quiet period.
   */
  void arrive(DataSource dataSource, ProviderToken token) throws RealmUnavailableException {
    String username = token.username();
    if (username.length() > NAME_LENGTH) {
      LOG.warning("identity provider user name longer than " + NAME_LENGTH + ": refused");
      return;
    }
    Instant now = Instant.now();
    try (Connection connection = dataSource.getConnection()) {
      Held held = held(connection, username, now);
      if (held == null) {
        held = create(connection, token, now);
      } else {
        refreshProfile(connection, token, held);
      }
      if (!held.enabled() || held.locked()) {
        if (firstInQuietPeriod(username + "/refused", now)) {
          record(
              connection,
              now,
              username,
              held.enabled() ? "WHILE_LOCKED" : "DISABLED",
              held.enabled()
                  ? "through the identity provider: the account is locked in Veedor"
                  : "through the identity provider: the account is disabled in Veedor");
        }
        return;
      }
      if (!rolesClaim.isEmpty()) {
        takeRoles(connection, token, now);
      }
      if (firstInQuietPeriod(username, now)) {
        record(connection, now, username, "SUCCEEDED", "signed in through the identity provider");
      }
    } catch (SQLException e) {
      throw new RealmUnavailableException(e);
    }
  }

  private Held held(Connection connection, String username, Instant now) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select enabled, locked_until, display_name, email from app_user where username = ?")) {
      select.setString(1, username);
      try (ResultSet found = select.executeQuery()) {
        if (!found.next()) {
          return null;
        }
        OffsetDateTime lockedUntil = found.getObject(2, OffsetDateTime.class);
        return new Held(
            found.getBoolean(1),
            lockedUntil != null && lockedUntil.toInstant().isAfter(now),
            found.getString(3),
            found.getString(4));
      }
    }
  }

  private Held create(Connection connection, ProviderToken token, Instant now)
      throws SQLException {
    String username = token.username();
    List<String> roles = rolesClaim.isEmpty() ? List.of() : rolesOf(token);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into app_user (username, display_name, password_digest, password_salt,"
                + " password_iterations, enabled, version, email, signs_in_with)"
                + " values (?, ?, '-', '-', 0, true, 0, ?, 'PROVIDER')")) {
      insert.setString(1, username);
      insert.setString(2, cut(token.displayName(), DISPLAY_LENGTH));
      insert.setString(3, cut(token.email(), EMAIL_LENGTH));
      insert.executeUpdate();
    } catch (SQLException e) {
      // two first requests of the same person at once: the other one created it
      Held other = held(connection, username, now);
      if (other == null) {
        throw e;
      }
      return other;
    }
    record(
        connection,
        now,
        username,
        "PROVISIONED",
        "account created at the first sign-in through the identity provider ("
            + token.displayName()
            + (rolesClaim.isEmpty() ? "; roles set by an administrator" : "; roles " + roles)
            + ")");
    return new Held(true, false, token.displayName(), token.email());
  }

  private static void refreshProfile(Connection connection, ProviderToken token, Held held)
      throws SQLException {
    String name = cut(token.displayName(), DISPLAY_LENGTH);
    String email = cut(token.email(), EMAIL_LENGTH);
    boolean nameChanged = !name.equals(held.displayName());
    boolean emailChanged = email != null && !email.equals(held.email());
    if (!nameChanged && !emailChanged) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update app_user set display_name = ?, email = coalesce(?, email) where username = ?")) {
      update.setString(1, name);
      update.setString(2, email);
      update.setString(3, token.username());
      update.executeUpdate();
    }
  }

  private void takeRoles(Connection connection, ProviderToken token, Instant now)
      throws SQLException {
    String username = token.username();
    Set<String> wanted = new TreeSet<>(rolesOf(token));
    Set<String> held = new TreeSet<>();
    try (PreparedStatement select =
        connection.prepareStatement("select role_name from app_user_role where username = ?")) {
      select.setString(1, username);
      try (ResultSet found = select.executeQuery()) {
        while (found.next()) {
          held.add(found.getString(1));
        }
      }
    }
    if (held.equals(wanted)) {
      return;
    }
    for (String role : held) {
      if (!wanted.contains(role)) {
        try (PreparedStatement delete =
            connection.prepareStatement(
                "delete from app_user_role where username = ? and role_name = ?")) {
          delete.setString(1, username);
          delete.setString(2, role);
          delete.executeUpdate();
        }
      }
    }
    for (String role : wanted) {
      if (!held.contains(role)) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into app_user_role (username, role_name) values (?, ?)")) {
          insert.setString(1, username);
          insert.setString(2, role);
          insert.executeUpdate();
        } catch (SQLException e) {
          // given by a request of the same person at the same moment
          LOG.log(Level.FINE, "role " + role + " of " + username + " already given", e);
        }
      }
    }
    record(
        connection,
        now,
        username,
        "ROLES_TAKEN",
        "roles: " + held + " -> " + wanted + " (from the identity provider's token)");
  }

  private List<String> rolesOf(ProviderToken token) {
    List<String> roles = new ArrayList<>();
    for (String role : token.strings(rolesClaim)) {
      if (ROLES.contains(role) && !roles.contains(role)) {
        roles.add(role);
      }
    }
    roles.sort(null);
    return roles;
  }

  private boolean firstInQuietPeriod(String key, Instant now) {
    Instant last = lastRecorded.get(key);
    if (last != null && last.plus(quiet).isAfter(now)) {
      return false;
    }
    if (lastRecorded.size() > 10_000) {
      lastRecorded.clear();
    }
    lastRecorded.put(key, now);
    return true;
  }

  private static void record(
      Connection connection, Instant at, String username, String outcome, String detail)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into sign_in_attempt (occurred_at, username, outcome, failures_in_a_row,"
                + " detail) values (?, ?, ?, 0, ?)")) {
      insert.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      insert.setString(2, username);
      insert.setString(3, outcome);
      insert.setString(4, cut(detail, DETAIL_LENGTH));
      insert.executeUpdate();
    }
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
