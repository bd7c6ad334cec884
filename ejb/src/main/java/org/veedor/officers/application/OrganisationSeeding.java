package org.veedor.officers.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a whole force (territories, the unit tree, officers and their postings) into an empty
 * schema in batches, through the caller's connection and transaction: the bulk way in for a
 * generated world, where one entity at a time would take minutes. Ids are the caller's; the
 * sequences are moved past them when the seeding is closed.
 */
public final class OrganisationSeeding implements AutoCloseable {

  /** A territory. */
  public record TerritorySeed(long id, String code, String name) {}

  /** A unit, written after its parent; {@code path} is its tree path, such as /PN/R-SUR/. */
  public record UnitSeed(
      long id,
      String code,
      String name,
      String level,
      Long parentId,
      long territoryId,
      String path) {}

  /** An officer of the force. */
  public record OfficerSeed(
      long id, String badge, String givenNames, String familyNames, String rank, String status) {}

  /** An officer's posting to a unit, open-ended when {@code to} is null. */
  public record PostingSeed(long id, long officerId, long unitId, LocalDate from, LocalDate to) {}

  private static final int BATCH = 1000;

  private final Connection connection;
  private final PreparedStatement territory;
  private final PreparedStatement unit;
  private final PreparedStatement officer;
  private final PreparedStatement posting;
  private final List<PreparedStatement> order;
  private int pending;
  private long lastTerritory;
  private long lastUnit;
  private long lastOfficer;
  private long lastPosting;

  public OrganisationSeeding(Connection connection) throws SQLException {
    this.connection = connection;
    territory =
        connection.prepareStatement(
            "insert into territory (id, code, name, version) values (?, ?, ?, 0)");
    unit =
        connection.prepareStatement(
            """
            insert into unit (id, code, name, level, parent_id, territory_id, tree_path, version)
            values (?, ?, ?, ?, ?, ?, ?, 0)""");
    officer =
        connection.prepareStatement(
            """
            insert into officer (id, badge_number, given_names, family_names, officer_rank,
              status, version)
            values (?, ?, ?, ?, ?, ?, 0)""");
    posting =
        connection.prepareStatement(
            """
            insert into assignment (id, officer_id, unit_id, start_date, end_date)
            values (?, ?, ?, ?, ?)""");
    order = List.of(territory, unit, officer, posting);
  }

  /** Whether the schema already holds units or officers. */
  public static boolean holdsAny(Connection connection) throws SQLException {
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery("select (select count(*) from unit) + (select count(*) from officer)")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  public void territory(TerritorySeed t) throws SQLException {
    territory.setLong(1, t.id());
    territory.setString(2, t.code());
    territory.setString(3, t.name());
    lastTerritory = Math.max(lastTerritory, t.id());
    add(territory);
  }

  public void unit(UnitSeed u) throws SQLException {
    unit.setLong(1, u.id());
    unit.setString(2, u.code());
    unit.setString(3, u.name());
    unit.setString(4, u.level());
    unit.setObject(5, u.parentId(), Types.BIGINT);
    unit.setLong(6, u.territoryId());
    unit.setString(7, u.path());
    lastUnit = Math.max(lastUnit, u.id());
    // parents before children: the tree is written in one batch, in order
    add(unit);
  }

  public void officer(OfficerSeed o) throws SQLException {
    officer.setLong(1, o.id());
    officer.setString(2, o.badge());
    officer.setString(3, o.givenNames());
    officer.setString(4, o.familyNames());
    officer.setString(5, o.rank());
    officer.setString(6, o.status());
    lastOfficer = Math.max(lastOfficer, o.id());
    add(officer);
  }

  public void posting(PostingSeed p) throws SQLException {
    posting.setLong(1, p.id());
    posting.setLong(2, p.officerId());
    posting.setLong(3, p.unitId());
    posting.setDate(4, Date.valueOf(p.from()));
    posting.setDate(5, p.to() == null ? null : Date.valueOf(p.to()));
    lastPosting = Math.max(lastPosting, p.id());
    add(posting);
  }

  private void add(PreparedStatement statement) throws SQLException {
    statement.addBatch();
    if (++pending >= BATCH) {
      flush();
    }
  }

  /** Executes the batches in foreign-key order. */
  private void flush() throws SQLException {
    for (PreparedStatement statement : order) {
      statement.executeBatch();
    }
    pending = 0;
  }

  /** Writes what is pending and moves the sequences past the ids written. */
  @Override
  public void close() throws SQLException {
    try {
      flush();
      try (Statement s = connection.createStatement()) {
        s.execute("alter sequence territory_seq restart with " + (lastTerritory + 1));
        s.execute("alter sequence unit_seq restart with " + (lastUnit + 1));
        s.execute("alter sequence officer_seq restart with " + (lastOfficer + 1));
        s.execute("alter sequence assignment_seq restart with " + (lastPosting + 1));
      }
    } finally {
      for (PreparedStatement statement : order) {
        statement.close();
      }
    }
  }
}
