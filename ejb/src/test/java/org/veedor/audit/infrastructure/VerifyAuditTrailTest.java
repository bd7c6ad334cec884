package org.veedor.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.veedor.audit.domain.AuditChain;
import org.veedor.audit.domain.AuditEvent;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.audit.domain.Verification;

class VerifyAuditTrailTest {

  private static Connection trailOf(String name, int events) throws SQLException {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Connection c = DriverManager.getConnection(url, "sa", "");
    String previous = AuditChain.GENESIS;
    Instant time = Instant.parse("2026-11-27T10:15:30.123456789Z");
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into audit_event (id, occurred_at, username, event_type, object_type, object_id,"
                + " outcome, detail, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events; i++) {
        AuditEvent e =
            new AuditEvent(
                i,
                previous,
                time.plusSeconds(i),
                "investigator",
                AuditEventType.CASE_READ,
                "COMPLAINT",
                "VE-2026-00000" + i,
                AuditOutcome.SUCCESS,
                i % 2 == 0 ? null : "detail " + i);
        insert.setLong(1, e.id());
        insert.setObject(2, e.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(3, e.username());
        insert.setString(4, e.type().name());
        insert.setString(5, e.objectType());
        insert.setString(6, e.objectId());
        insert.setString(7, e.outcome().name());
        insert.setString(8, e.detail());
        insert.setString(9, e.previousHash());
        insert.setString(10, e.hash());
        insert.executeUpdate();
        previous = e.hash();
      }
    }
    try (PreparedStatement head =
        c.prepareStatement("update audit_chain_head set last_id = ?, last_hash = ?")) {
      head.setLong(1, events);
      head.setString(2, previous);
      head.executeUpdate();
    }
    return c;
  }

  @Test
  void shouldFindTheChainIntactWhenNothingWasTouched() throws SQLException {
    try (Connection c = trailOf("intact", 25)) {
      Verification result = VerifyAuditTrail.verify(c);

      assertThat(result.intact()).isTrue();
      assertThat(result.checked()).isEqualTo(25);
    }
  }

  @Test
  void shouldNameTheEventWhoseContentChanged() throws SQLException {
    try (Connection c = trailOf("changed", 25);
        Statement s = c.createStatement()) {
      s.executeUpdate("update audit_event set username = 'someone else' where id = 13");

      Verification result = VerifyAuditTrail.verify(c);

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenId()).isEqualTo(13);
      assertThat(result.checked()).isEqualTo(12);
      assertThat(result.reason()).contains("content changed");
    }
  }

  @Test
  void shouldNameTheMissingEventWhenOneWasDeleted() throws SQLException {
    try (Connection c = trailOf("deleted", 25);
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from audit_event where id = 7");

      assertThat(VerifyAuditTrail.verify(c).firstBrokenId()).isEqualTo(7);
    }
  }

  @Test
  void shouldNoticeTheLastEventsWereRemoved() throws SQLException {
    try (Connection c = trailOf("truncated", 25);
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from audit_event where id > 20");

      Verification result = VerifyAuditTrail.verify(c);

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenId()).isEqualTo(21);
    }
  }
}
