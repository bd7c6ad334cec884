package org.veedor.intake.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.platform.protection.FieldCipher;
import org.veedor.platform.protection.PersonalDataKey;

/**
 * Writes many complaints with their allegations into the schema in batches, through the caller's
 * connection and transaction: the bulk way in for a generated world. What the complaint rules
 * decide is decided here as at registration: a complaint is sealed by the sealing rule, and the
 * complainant's name and contacts are kept sealed when a personal-data key is given. Reference
 * numbers and ids are the caller's; the year's serials and the sequences are moved past them when
 * the seeding is closed.
 */
public final class ComplaintSeeding implements AutoCloseable {

  /** A complaint as received, with what happened to it since. */
  public record ComplaintSeed(
      long id,
      String reference,
      String channel,
      String status,
      Instant receivedAt,
      LocalDate incidentDate,
      String place,
      Long territoryId,
      String narrative,
      String language,
      boolean anonymous,
      String complainantName,
      String complainantEmail,
      String complainantPhone,
      boolean organizedCrimeLink,
      boolean injuryReported,
      Instant closedAt,
      String assignedInvestigator,
      String assignedSupervisor,
      List<AllegationSeed> allegations) {}

  /** An allegation: the officer (or, unidentified, only the unit) and the category alleged. */
  public record AllegationSeed(
      long id,
      Long officerId,
      Long unitId,
      long categoryId,
      String disposition,
      LocalDate disposedOn,
      String proposedDisposition) {}

  private static final int BATCH = 1000;

  private final Connection connection;
  private final ZoneId zone;
  private final UnaryOperator<String> personalData;
  private final Set<Long> corruptionCategories = new HashSet<>();
  private final PreparedStatement complaint;
  private final PreparedStatement allegation;
  private final TreeMap<Integer, Integer> lastSerials = new TreeMap<>();
  private int pending;
  private long lastComplaint;
  private long lastAllegation;

  /**
   * Seeding that keeps the complainant's details sealed under the server's personal-data key.
   *
   * @param zone the zone the complaints' calendar days are read in
   */
  public static ComplaintSeeding withPersonalDataSealed(Connection connection, ZoneId zone)
      throws SQLException {
    FieldCipher cipher = PersonalDataKey.cipher();
    return new ComplaintSeeding(connection, zone, cipher::seal);
  }

  /** Seeding that writes the complainant's details as given (test and benchmark schemas). */
  public static ComplaintSeeding inPlainText(Connection connection, ZoneId zone)
      throws SQLException {
    return new ComplaintSeeding(connection, zone, UnaryOperator.identity());
  }

  private ComplaintSeeding(Connection connection, ZoneId zone, UnaryOperator<String> personalData)
      throws SQLException {
    this.connection = connection;
    this.zone = zone;
    this.personalData = personalData;
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select id from allegation_category where category_group = 'CORRUPTION'")) {
      while (rs.next()) {
        corruptionCategories.add(rs.getLong(1));
      }
    }
    complaint =
        connection.prepareStatement(
            """
            insert into complaint (id, reference_number, channel, status, received_at,
              incident_date, place, territory_id, narrative, narrative_language,
              complainant_anonymous, complainant_name, complainant_email, complainant_phone,
              organized_crime_link, sealed, injury_reported, closed_at, assigned_investigator,
              assigned_supervisor, record_zone, received_on, closed_on, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
    allegation =
        connection.prepareStatement(
            """
            insert into allegation (id, complaint_id, officer_id, unit_id, category_id,
              disposition, disposed_on, proposed_disposition)
            values (?, ?, ?, ?, ?, ?, ?, ?)""");
  }

  /** Whether the schema already holds complaints. */
  public static boolean holdsAny(Connection connection) throws SQLException {
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery("select count(*) from complaint")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  public void complaint(ComplaintSeed c) throws SQLException {
    boolean corruption =
        c.allegations().stream().anyMatch(a -> corruptionCategories.contains(a.categoryId()));
    complaint.setLong(1, c.id());
    complaint.setString(2, c.reference());
    complaint.setString(3, c.channel());
    complaint.setString(4, c.status());
    complaint.setObject(5, c.receivedAt().atOffset(ZoneOffset.UTC));
    complaint.setDate(6, c.incidentDate() == null ? null : Date.valueOf(c.incidentDate()));
    complaint.setString(7, c.place());
    complaint.setObject(8, c.territoryId(), Types.BIGINT);
    complaint.setString(9, c.narrative());
    complaint.setString(10, c.language());
    complaint.setBoolean(11, c.anonymous());
    complaint.setString(12, personalData.apply(c.complainantName()));
    complaint.setString(13, personalData.apply(c.complainantEmail()));
    complaint.setString(14, personalData.apply(c.complainantPhone()));
    complaint.setBoolean(15, c.organizedCrimeLink());
    complaint.setBoolean(16, AccessPolicy.sealedByRule(c.organizedCrimeLink(), corruption));
    complaint.setBoolean(17, c.injuryReported());
    if (c.closedAt() == null) {
      complaint.setNull(18, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      complaint.setObject(18, c.closedAt().atOffset(ZoneOffset.UTC));
    }
    complaint.setString(19, c.assignedInvestigator());
    complaint.setString(20, c.assignedSupervisor());
    complaint.setString(21, zone.getId());
    complaint.setDate(22, Date.valueOf(c.receivedAt().atZone(zone).toLocalDate()));
    complaint.setDate(
        23, c.closedAt() == null ? null : Date.valueOf(c.closedAt().atZone(zone).toLocalDate()));
    complaint.addBatch();
    lastComplaint = Math.max(lastComplaint, c.id());
    ReferenceNumber reference = ReferenceNumber.parse(c.reference());
    lastSerials.merge(reference.year(), reference.serial(), Math::max);
    for (AllegationSeed a : c.allegations()) {
      allegation.setLong(1, a.id());
      allegation.setLong(2, c.id());
      allegation.setObject(3, a.officerId(), Types.BIGINT);
      allegation.setObject(4, a.unitId(), Types.BIGINT);
      allegation.setLong(5, a.categoryId());
      allegation.setString(6, a.disposition());
      allegation.setDate(7, a.disposedOn() == null ? null : Date.valueOf(a.disposedOn()));
      allegation.setString(8, a.proposedDisposition());
      allegation.addBatch();
      lastAllegation = Math.max(lastAllegation, a.id());
      pending++;
    }
    if (++pending >= BATCH) {
      flush();
    }
  }

  private void flush() throws SQLException {
    complaint.executeBatch();
    allegation.executeBatch();
    pending = 0;
  }

  /** Writes what is pending, the years' last serials, and moves the sequences past the ids. */
  @Override
  public void close() throws SQLException {
    try {
      flush();
      try (PreparedStatement serials =
          connection.prepareStatement(
              "insert into reference_sequence (reference_year, last_serial) values (?, ?)")) {
        for (var year : lastSerials.entrySet()) {
          serials.setInt(1, year.getKey());
          serials.setInt(2, year.getValue());
          serials.addBatch();
        }
        serials.executeBatch();
      }
      try (Statement s = connection.createStatement()) {
        s.execute("alter sequence complaint_seq restart with " + (lastComplaint + 1));
        s.execute("alter sequence allegation_seq restart with " + (lastAllegation + 1));
      }
    } finally {
      complaint.close();
      allegation.close();
    }
  }
}
