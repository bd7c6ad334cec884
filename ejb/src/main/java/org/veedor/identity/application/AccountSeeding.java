package org.veedor.identity.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.veedor.identity.domain.PasswordDigest;
import org.veedor.identity.domain.Roles;

/**
 * Writes user accounts with their role and unit through the caller's connection and transaction,
 * the password kept as identity keeps every password: a salted PBKDF2 digest.
 */
public final class AccountSeeding {

  /** An account: one role, and the code of the unit the user belongs to (or null). */
  public record AccountSeed(String username, String displayName, String role, String unitCode) {}

  private final Connection connection;

  public AccountSeeding(Connection connection) {
    this.connection = connection;
  }

  /** Whether the schema already holds user accounts. */
  public static boolean holdsAny(Connection connection) throws SQLException {
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery("select count(*) from app_user")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /**
   * Writes the accounts, each with the given password.
   *
   * @throws IllegalArgumentException when an account names a role Veedor does not have
   */
  /** The demonstration accounts' mail domain (reserved for examples: nothing is delivered). */
  public static final String DEMO_MAIL_DOMAIN = "veedor.example";

  public int write(List<AccountSeed> accounts, char[] password) throws SQLException {
    for (AccountSeed a : accounts) {
      if (!Roles.ALL.contains(a.role())) {
        throw new IllegalArgumentException("no such role: " + a.role());
      }
    }
    try (PreparedStatement user =
            connection.prepareStatement(
                """
                insert into app_user (username, display_name, password_digest, password_salt,
                  password_iterations, unit_id, email, enabled, version)
                values (?, ?, ?, ?, ?, (select id from unit where code = ?), ?, true, 0)""");
        PreparedStatement role =
            connection.prepareStatement(
                "insert into app_user_role (username, role_name) values (?, ?)")) {
      for (AccountSeed a : accounts) {
        PasswordDigest digest = PasswordDigest.of(password);
        user.setString(1, a.username());
        user.setString(2, a.displayName());
        user.setString(3, digest.digest());
        user.setString(4, digest.salt());
        user.setInt(5, digest.iterations());
        user.setString(6, a.unitCode());
        user.setString(7, a.username() + "@" + DEMO_MAIL_DOMAIN);
        user.addBatch();
        role.setString(1, a.username());
        role.setString(2, a.role());
        role.addBatch();
      }
      user.executeBatch();
      role.executeBatch();
    }
    return accounts.size();
  }
}
