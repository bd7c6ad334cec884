package org.veedor.audit.infrastructure;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.ServiceLoader;
import org.veedor.audit.domain.ChainWalk;
import org.veedor.audit.domain.StoredEvent;
import org.veedor.audit.domain.Verification;

/**
 * The verify command: walks the audit chain straight from the database, without the application
 * (whose own users could be the ones the trail is about), and names the first event that does not
 * hold. Exit status 0 when the chain is intact, 1 when it is broken, 2 when it cannot be read.
 *
 * <pre>VerifyAuditTrail jdbc:postgresql://host:5432/veedor user [password]</pre>
 */
public final class VerifyAuditTrail {

  private VerifyAuditTrail() {}

  public static void main(String[] args) {
    if (args.length < 2 || args[0] == null || args[1] == null) {
      System.err.println("usage: VerifyAuditTrail <jdbc-url> <user> [password]");
      System.exit(2);
    }
    try (Connection connection = connect(args[0], args[1], args.length > 2 ? args[2] : "")) {
      Verification result = verify(connection);
      System.out.println(
          result.intact()
              ? "audit trail intact: " + result.checked() + " events"
              : "audit trail broken at event "
                  + result.firstBrokenId()
                  + ": "
                  + result.reason()
                  + " ("
                  + result.checked()
                  + " events hold before it)");
      System.exit(result.intact() ? 0 : 1);
    } catch (SQLException e) {
      System.err.println("cannot read the audit trail: " + e.getMessage());
      System.exit(2);
    }
  }

  /** A connection through the JDBC drivers this class sees (DriverManager may not see them). */
  private static Connection connect(String url, String user, String password) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", user);
    credentials.setProperty("password", password == null ? "" : password);
    for (Driver driver :
        ServiceLoader.load(Driver.class, VerifyAuditTrail.class.getClassLoader())) {
      if (driver.acceptsURL(url)) {
        return driver.connect(url, credentials);
      }
    }
    throw new SQLException("no JDBC driver for " + url);
  }

  /** The verdict on the chain as the connection sees it, in one read-only pass. */
  public static Verification verify(Connection connection) throws SQLException {
    long headId;
    String headHash;
    try (PreparedStatement head =
            connection.prepareStatement(
                "select last_id, last_hash from audit_chain_head where id = 1");
        ResultSet rs = head.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("the audit chain has no head row");
      }
      headId = rs.getLong(1);
      headHash = rs.getString(2);
    }
    ChainWalk walk = new ChainWalk();
    try (PreparedStatement events =
        connection.prepareStatement(
            "select id, occurred_at, username, event_type, object_type, object_id, outcome, detail,"
                + " previous_hash, hash from audit_event where id <= ? order by id")) {
      events.setLong(1, headId);
      events.setFetchSize(1000);
      try (ResultSet rs = events.executeQuery()) {
        while (rs.next()) {
          StoredEvent event =
              new StoredEvent(
                  rs.getLong(1),
                  rs.getObject(2, OffsetDateTime.class).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10));
          if (!walk.accept(event)) {
            break;
          }
        }
      }
    }
    return walk.finish(headId, headHash);
  }
}
