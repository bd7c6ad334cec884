package org.veedor.it.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.audit.infrastructure.VerifyAuditTrail;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.FreshPostgresDatabase;

/**
 * The operator's backup of a running install and its restore into an empty database and data
 * folder, with the two shipped commands ({@code ear/src/main/scripts}): the restored copy holds the
 * same complaints and case files, every file hashes to what its row says, the audit chain verifies,
 * and the personal-data key was saved apart, readable by its owner alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

  private static final String SOURCE = "jdbc:postgresql://127.0.0.1:5432/veedor_it";
  private static final String RESTORED_DATABASE = "veedor_it_restored";
  private static final String RESTORED = "jdbc:postgresql://127.0.0.1:5432/" + RESTORED_DATABASE;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private static Connection connect(String url) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", "postgres");
    return new org.postgresql.Driver().connect(url, credentials);
  }

  private static long count(String url, String table) throws SQLException {
    try (Connection c = connect(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void run(Map<String, String> environment, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
  }

  /** A case with a file of its own, so that the backup holds at least one. */
  private static String caseWithAFile() {
    String reference =
        Api.as("intake")
            .postJson(
                "complaints",
                "{\"channel\": \"PHONE\", \"incidentDate\": \"2026-11-05\", \"territoryCode\": \"CAP\","
                    + " \"narrative\": \"Me pidieron dinero para no multarme.\","
                    + " \"complainant\": {\"anonymous\": true},"
                    + " \"allegations\": [{\"categoryCode\": \"BRIBERY\", \"unitCode\": \"E-CAP-1-A\"}]}")
            .json()
            .getString("referenceNumber");
    Api.Reply file =
        Api.as("supervisor")
            .post(
                "complaints/" + reference + "/files?identifying=false&name=respaldo.txt",
                "text/plain",
                "Recibo de la multa que nunca se cobró. " + UUID.randomUUID());
    assertThat(file.status()).as(file.body()).isEqualTo(201);
    return reference;
  }

  /** The hashes whose file in the data folder exists and hashes to them, in the rows' order. */
  private static List<String> intact(Path dataFolder, List<String> hashes) throws Exception {
    List<String> intact = new ArrayList<>();
    for (String sha : hashes) {
      Path file =
          dataFolder
              .resolve("files")
              .resolve(sha.substring(0, 2))
              .resolve(sha.substring(2, 4))
              .resolve(sha);
      if (Files.exists(file)
          && HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
              .equals(sha)) {
        intact.add(sha);
      }
    }
    return intact;
  }

  @Test
  void shouldRestoreABackupWholeIntoAnEmptyDatabaseAndDataFolder() throws Exception {
    caseWithAFile();
    Path data = Path.of(System.getProperty("veedor.it.files")).getParent();
    Path work = Path.of("target", "backup-it", UUID.randomUUID().toString()).toAbsolutePath();
    Path backup = work.resolve("backup");
    Path key = work.resolve("keys").resolve("personal-data.key");
    Path scripts = Path.of("src", "main", "scripts").toAbsolutePath();
    long complaints = count(SOURCE, "complaint");
    long files = count(SOURCE, "case_file");
    long events = count(SOURCE, "audit_event");

    run(
        Map.of(
            "VEEDOR_DB_URL",
            SOURCE,
            "VEEDOR_DB_USER",
            "postgres",
            "VEEDOR_DATA_DIR",
            data.toString(),
            "VEEDOR_PERSONAL_DATA_KEY_FILE",
            data.resolve("keys/personal-data.key").toString()),
        scripts.resolve("veedor-backup").toString(),
        backup.toString(),
        key.toString());
    assertThat(Files.readAllBytes(key))
        .isEqualTo(Files.readAllBytes(data.resolve("keys/personal-data.key")));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(backup.resolve("keys")).doesNotExist();

    FreshPostgresDatabase.main(
        new String[] {"jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", RESTORED_DATABASE});
    Path restoredData = work.resolve("restored-data");
    run(
        Map.of(
            "VEEDOR_DB_URL",
            RESTORED,
            "VEEDOR_DB_USER",
            "postgres",
            "VEEDOR_DATA_DIR",
            restoredData.toString()),
        scripts.resolve("veedor-restore").toString(),
        backup.toString());

    // nothing else registered complaints or files meanwhile (the suite runs one test at a time)
    assertThat(count(SOURCE, "complaint")).isEqualTo(complaints);
    assertThat(count(RESTORED, "complaint")).isEqualTo(complaints);
    assertThat(count(RESTORED, "case_file")).isEqualTo(files).isPositive();
    assertThat(count(RESTORED, "audit_event")).isGreaterThanOrEqualTo(events);
    try (Connection restored = connect(RESTORED)) {
      assertThat(VerifyAuditTrail.verify(restored).intact()).isTrue();
    }
    // every file as it was: where another test of the suite tampered with a file on purpose, the
    // restore holds the same tampered file, and every intact file is intact in the restore
    List<String> hashes = new ArrayList<>();
    try (Connection restored = connect(RESTORED);
        Statement s = restored.createStatement();
        ResultSet rs = s.executeQuery("select sha256 from case_file")) {
      while (rs.next()) {
        hashes.add(rs.getString(1));
      }
    }
    assertThat(hashes).isNotEmpty();
    List<String> intactInSource = intact(data, hashes);
    assertThat(intact(restoredData, hashes))
        .as("the case files that hash to their rows, in the restore and in the running server")
        .isEqualTo(intactInSource)
        .isNotEmpty();
  }
}
