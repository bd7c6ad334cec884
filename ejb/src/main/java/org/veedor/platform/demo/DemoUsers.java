package org.veedor.platform.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.veedor.identity.domain.PasswordDigest;
import org.veedor.identity.domain.Roles;

/**
 * One user per role, named after it, with the password {@code veedor}: demonstration servers only.
 * Two investigators and two supervisors sit in different units, so that the conflict-of-interest
 * rule can be seen at work.
 */
final class DemoUsers {

  static final String PASSWORD = "veedor";

  private record DemoUser(String username, String displayName, String role, String unitCode) {}

  private static final List<DemoUser> USERS =
      List.of(
          new DemoUser("intake", "Intake desk", Roles.INTAKE, null),
          new DemoUser(
              "investigator",
              "Investigator (special corruption unit)",
              Roles.INVESTIGATOR,
              "PN-UEA"),
          new DemoUser(
              "investigator2",
              "Investigator (Puerto Norte centre station)",
              Roles.INVESTIGATOR,
              "E-NOR-1-A"),
          new DemoUser(
              "supervisor", "Supervisor (special corruption unit)", Roles.SUPERVISOR, "PN-UEA"),
          new DemoUser("supervisor2", "Supervisor (southern region)", Roles.SUPERVISOR, "R-SUR"),
          new DemoUser("authority", "Disciplinary authority", Roles.DISCIPLINARY_AUTHORITY, null),
          new DemoUser("appeals", "Appeals body", Roles.APPEALS_BODY, null),
          new DemoUser("board", "Civilian oversight board", Roles.OVERSIGHT_BOARD, null),
          new DemoUser("leadership", "Police leadership", Roles.LEADERSHIP, null),
          new DemoUser("auditor", "Auditor", Roles.AUDITOR, null),
          new DemoUser("admin", "Administrator", Roles.ADMIN, null));

  private DemoUsers() {}

  /**
   * Gives the demo investigators and supervisors cases to work: the special corruption unit the
   * corruption complaints of the Puerto Norte ring, the southern region's pair its own open cases.
   */
  private static void assignCases(Connection connection) throws SQLException {
    try (var s = connection.createStatement()) {
      s.executeUpdate(
          "update complaint set assigned_investigator = 'investigator', assigned_supervisor = 'supervisor'"
              + " where status <> 'REGISTERED' and exists (select 1 from allegation a"
              + " join unit u on u.id = a.unit_id join allegation_category k on k.id = a.category_id"
              + " where a.complaint_id = complaint.id and u.code = '"
              + DemoWorld.RING_STATION
              + "' and k.category_group = 'CORRUPTION')");
      s.executeUpdate(
          "update complaint set assigned_investigator = 'investigator2', assigned_supervisor = 'supervisor2'"
              + " where assigned_investigator is null and status not in ('REGISTERED', 'CLOSED')"
              + " and exists (select 1 from allegation a join unit u on u.id = a.unit_id"
              + " where a.complaint_id = complaint.id and u.tree_path like '/PN/R-SUR/%')");
    }
  }

  static int writeTo(Connection connection) throws SQLException {
    try (PreparedStatement user =
            connection.prepareStatement(
                "insert into app_user (username, display_name, password_digest, password_salt,"
                    + " password_iterations, unit_id, enabled, version)"
                    + " values (?, ?, ?, ?, ?, (select id from unit where code = ?), true, 0)");
        PreparedStatement role =
            connection.prepareStatement(
                "insert into app_user_role (username, role_name) values (?, ?)")) {
      for (DemoUser u : USERS) {
        PasswordDigest digest = PasswordDigest.of(PASSWORD.toCharArray());
        user.setString(1, u.username());
        user.setString(2, u.displayName());
        user.setString(3, digest.digest());
        user.setString(4, digest.salt());
        user.setInt(5, digest.iterations());
        user.setString(6, u.unitCode());
        user.addBatch();
        role.setString(1, u.username());
        role.setString(2, u.role());
        role.addBatch();
      }
      user.executeBatch();
      role.executeBatch();
    }
    assignCases(connection);
    return USERS.size();
  }
}
