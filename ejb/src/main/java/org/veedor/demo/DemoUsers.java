package org.veedor.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.veedor.identity.application.AccountSeeding;
import org.veedor.identity.application.AccountSeeding.AccountSeed;

/**
 * One user per role, named after it, with the password {@code veedor}: demonstration servers only.
 * Two investigators and two supervisors sit in different units, so that the conflict-of-interest
 * rule can be seen at work; the world gives them their cases ({@link DemoWorld#withCasesAssigned}).
 */
final class DemoUsers {

  static final String PASSWORD = "veedor";
  static final String INVESTIGATOR = "investigator";
  static final String SUPERVISOR = "supervisor";
  static final String SOUTH_INVESTIGATOR = "investigator2";
  static final String SOUTH_SUPERVISOR = "supervisor2";

  private static final List<AccountSeed> USERS =
      List.of(
          new AccountSeed("intake", "Intake desk", "INTAKE", null),
          new AccountSeed(
              INVESTIGATOR, "Investigator (special corruption unit)", "INVESTIGATOR", "PN-UEA"),
          new AccountSeed(
              SOUTH_INVESTIGATOR,
              "Investigator (Puerto Norte centre station)",
              "INVESTIGATOR",
              "E-NOR-1-A"),
          new AccountSeed(
              SUPERVISOR, "Supervisor (special corruption unit)", "SUPERVISOR", "PN-UEA"),
          new AccountSeed(SOUTH_SUPERVISOR, "Supervisor (southern region)", "SUPERVISOR", "R-SUR"),
          new AccountSeed("authority", "Disciplinary authority", "DISCIPLINARY_AUTHORITY", null),
          new AccountSeed("appeals", "Appeals body", "APPEALS_BODY", null),
          new AccountSeed("board", "Civilian oversight board", "OVERSIGHT_BOARD", null),
          new AccountSeed("leadership", "Police leadership", "LEADERSHIP", null),
          new AccountSeed("auditor", "Auditor", "AUDITOR", null),
          new AccountSeed("admin", "Administrator", "ADMIN", null));

  private DemoUsers() {}

  static int writeTo(Connection connection) throws SQLException {
    return new AccountSeeding(connection).write(USERS, PASSWORD.toCharArray());
  }
}
