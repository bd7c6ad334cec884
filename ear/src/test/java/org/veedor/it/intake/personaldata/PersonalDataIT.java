package org.veedor.it.intake.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.audit.application.AuditQueries;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.StoredEvent;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintIntake;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.PersonalDataRetention;
import org.veedor.intake.application.RegisterComplaint;
import org.veedor.intake.domain.Channel;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.identity.AsAdmin;
import org.veedor.it.support.identity.AsAuditor;
import org.veedor.it.support.identity.AsIntake;
import org.veedor.platform.paging.PageRequest;

/**
 * In the container: what the database holds of a complainant is ciphertext; what intake reads is
 * the name; and retention strips cases closed long enough ago, and only those.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

  private static final String RETENTION = "veedor.retention.personal-data";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.intake.personaldata");
  }

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  @Inject ComplaintIntake intake;
  @Inject ComplaintQueries queries;
  @Inject PersonalDataRetention retention;
  @Inject AuditQueries audit;
  @Inject AsIntake asIntake;
  @Inject AsAdmin asAdmin;
  @Inject AsAuditor asAuditor;

  private String register(String name, String email, String phone) throws Exception {
    RegisterComplaint command =
        new RegisterComplaint(
            Channel.WALK_IN,
            LocalDate.now().minusDays(10),
            "Parque central",
            "CAP",
            "Un agente me pidió dinero para no multarme.",
            new RegisterComplaint.ComplainantDetails(false, name, email, phone),
            false,
            false,
            List.of(new RegisterComplaint.AllegationInput("BRIBERY", null, null)));
    return asIntake.call(() -> intake.register(command)).referenceNumber();
  }

  private List<String> storedPersonalData(String reference) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select complainant_name, complainant_email, complainant_phone"
                    + " from complaint where reference_number = ?")) {
      select.setString(1, reference);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        List<String> values = new ArrayList<>();
        values.add(row.getString(1));
        values.add(row.getString(2));
        values.add(row.getString(3));
        return values;
      }
    }
  }

  private void closeAt(String reference, OffsetDateTime closedAt) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update complaint set status = 'CLOSED', closed_at = ? where reference_number = ?")) {
      update.setObject(1, closedAt);
      update.setString(2, reference);
      update.executeUpdate();
    }
  }

  @Test
  void shouldStoreOnlyCiphertextAndGiveIntakeTheName() throws Exception {
    String reference = register("Marisol Quintero", "marisol@correo.example", "+57 310 555 0101");

    List<String> stored = storedPersonalData(reference);
    assertThat(stored).allSatisfy(v -> assertThat(v).startsWith("pd1:"));
    assertThat(String.join(" ", stored)).doesNotContain("Marisol", "marisol", "555");

    ComplaintDetails read = asIntake.call(() -> queries.find(reference).orElseThrow());
    assertThat(read.complainantName()).isEqualTo("Marisol Quintero");
    assertThat(read.complainantEmail()).isEqualTo("marisol@correo.example");
    assertThat(read.complainantPhone()).isEqualTo("+57 310 555 0101");

    String again = register("Marisol Quintero", null, null);
    assertThat(storedPersonalData(again).get(0))
        .as("the same name seals differently each time")
        .isNotEqualTo(stored.get(0));
  }

  @Test
  void shouldRemovePersonalDataOnlyFromCasesClosedLongerAgoThanTheRetentionPeriod()
      throws Exception {
    String old = register("Teodoro Ruiz", "teodoro@correo.example", "+57 320 555 0202");
    String recent = register("Luz Estrada", "luz@correo.example", null);
    closeAt(old, OffsetDateTime.of(2001, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC));
    closeAt(recent, OffsetDateTime.now(ZoneOffset.UTC).minusDays(2));

    String before = System.getProperty(RETENTION);
    System.setProperty(RETENTION, "P20Y");
    PersonalDataRetention.RetentionRun dry;
    PersonalDataRetention.RetentionRun run;
    try {
      dry = asAdmin.call(() -> retention.runNow(true));
      assertThat(storedPersonalData(old).get(0)).as("a dry run changes nothing").isNotNull();
      run = asAdmin.call(() -> retention.runNow(false));
    } finally {
      if (before == null) {
        System.clearProperty(RETENTION);
      } else {
        System.setProperty(RETENTION, before);
      }
    }

    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.casesStripped()).isEqualTo(run.casesStripped()).isGreaterThanOrEqualTo(1);
    assertThat(run.period()).isEqualTo("P20Y");
    assertThat(storedPersonalData(old)).containsExactly(null, null, null);
    assertThat(storedPersonalData(recent).get(0)).startsWith("pd1:");

    ComplaintDetails stripped = asIntake.call(() -> queries.find(old).orElseThrow());
    assertThat(stripped.complainantName()).isNull();
    assertThat(stripped.complainantDataRemovedAt()).isNotNull();
    assertThat(stripped.anonymous()).as("still counted as a named complaint").isFalse();
    assertThat(stripped.narrative()).contains("dinero");
    assertThat(stripped.allegations()).hasSize(1);
    assertThat(asIntake.call(() -> queries.find(recent).orElseThrow()).complainantName())
        .isEqualTo("Luz Estrada");

    List<StoredEvent> removals =
        asAuditor.call(
            () ->
                audit
                    .list(
                        null,
                        AuditEventType.PERSONAL_DATA_REMOVED,
                        old,
                        null,
                        null,
                        new PageRequest(0, 10))
                    .items());
    assertThat(removals).hasSize(1);
    assertThat(removals.get(0).detail()).contains("retention P20Y");
  }
}
