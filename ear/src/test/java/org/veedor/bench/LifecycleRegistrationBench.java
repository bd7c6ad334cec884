package org.veedor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintIntake;
import org.veedor.intake.application.RegisterComplaint;
import org.veedor.intake.domain.Channel;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.identity.AsIntake;

/**
 * Complaints registered per second end to end (validation, the complaint and its allegation, the
 * reference number, the lifecycle started and run to its first wait, history, audit), against bare
 * {@code startProcessInstanceByKey} of the same process on the same database in the same run (the
 * same delegates, status moves and history, on an existing complaint). Sequential, one transaction
 * per registration, after a warm-up. Goal: end to end at least half the bare rate.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleRegistrationBench {

  static final int WARM_UP = 100;
  static final int MEASURED = 500;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.bench");
  }

  @Inject ComplaintIntake intake;
  @Inject AsIntake asIntake;
  @Inject RuntimeService runtime;
  @Inject BenchTransactions transactions;

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  static RegisterComplaint complaint(int i) {
    return new RegisterComplaint(
        Channel.PHONE,
        LocalDate.now().minusDays(1 + i % 200),
        "Benchmark " + i,
        "CAP",
        "An officer asked for money to let me go (benchmark complaint " + i + ").",
        new RegisterComplaint.ComplainantDetails(false, "Persona " + i, null, null),
        false,
        false,
        List.of(new RegisterComplaint.AllegationInput("BRIBERY", null, "E-CAP-1-A")));
  }

  double endToEnd(int count, int offset) throws Exception {
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      int n = offset + i;
      asIntake.call(() -> intake.register(complaint(n)));
    }
    return count / ((System.nanoTime() - started) / 1e9);
  }

  double bare(int count, int offset, long complaintId) throws Exception {
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String key = "BENCH-" + (offset + i);
      transactions.inTransaction(
          () ->
              runtime.startProcessInstanceByKey(
                  "complaintLifecycle", key, Map.of("complaintId", complaintId)));
    }
    return count / ((System.nanoTime() - started) / 1e9);
  }

  @Test
  void measureRegistrationsPerSecond() throws Exception {
    ComplaintDetails subject = asIntake.call(() -> intake.register(complaint(-1)));
    long subjectId =
        transactions.inTransaction(
            () -> {
              try (Connection c = dataSource.getConnection();
                  var select =
                      c.prepareStatement("select id from complaint where reference_number = ?")) {
                select.setString(1, subject.referenceNumber());
                try (var row = select.executeQuery()) {
                  row.next();
                  return row.getLong(1);
                }
              }
            });

    endToEnd(WARM_UP, 0);
    bare(WARM_UP, 0, subjectId);
    double endToEnd = endToEnd(MEASURED, WARM_UP);
    double bare = bare(MEASURED, WARM_UP, subjectId);
    double ratio = endToEnd / bare;

    String database;
    try (Connection c = dataSource.getConnection()) {
      database =
          c.getMetaData().getDatabaseProductName()
              + " "
              + c.getMetaData().getDatabaseProductVersion();
    }
    record(database, endToEnd, bare, ratio);
    assertThat(endToEnd).isPositive();
  }

  private void record(String database, double endToEnd, double bare, double ratio)
      throws IOException {
    String folder = System.getProperty("veedor.bench.results");
    String key = database.toLowerCase(Locale.ROOT).startsWith("postgres") ? "postgresql" : "h2";
    String section =
        String.format(
            Locale.ROOT,
            "<!-- %1$s -->%n### %2$s%n%n"
                + "| measure | complaints per second |%n| --- | ---: |%n"
                + "| end to end (`ComplaintIntake.register`) | %3$.1f |%n"
                + "| bare `startProcessInstanceByKey(\"complaintLifecycle\")` | %4$.1f |%n"
                + "| ratio end to end / bare | %5$.2f (goal: at least 0.50) |%n%n"
                + "%6$d registrations measured after %7$d of warm-up, each in its own transaction, one"
                + " after the other. Measured %8$s on %9$d cores, %10$.1f GiB, %11$s %12$s; server heap"
                + " at most %13$.1f GiB.%n<!-- /%1$s -->%n",
            key,
            database,
            endToEnd,
            bare,
            ratio,
            MEASURED,
            WARM_UP,
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
            Runtime.getRuntime().availableProcessors(),
            ResultsFile.memoryGiB(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024));
    System.out.println(section);
    if (folder == null) {
      return;
    }
    Path file = Path.of(folder, "lifecycle-registration.md");
    ResultsFile.put(
        file,
        "# Registering complaints: end to end against the bare engine\n\n"
            + "Written by `./mvnw -Pbench verify` (`ear/src/test/java/org/veedor/bench/"
            + "LifecycleRegistrationBench.java`), one section per database.\n\n",
        key,
        section);
  }
}
