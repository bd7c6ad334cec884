package org.veedor.it.crash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.veedor.it.support.Api;
import org.veedor.it.support.ChicagoSlice;
import org.veedor.it.support.FreshPostgresDatabase;

/**
 * The server killed with SIGKILL at a random moment of a mixed load over HTTP (registrations,
 * triage decisions, notes, file uploads, a historical import), then started again on the same data,
 * {@code veedor.it.crash.kills} times on each database of {@code veedor.it.crash.databases}. After
 * each start, whatever the server acknowledged with a 2xx is there: every complaint, with its
 * lifecycle; every triage decision; every note; every file, whole (its hash checked at download);
 * the import finished; the search index agrees with the database; the audit chain verifies. The
 * client's log of acknowledgements is the reference, the server's answers after the start the
 * proof.
 *
 * <p>The suite {@code it-crash} runs one kill on H2 (the embedded default, the one whose durability
 * depends on Veedor's configuration); {@code -Pcrash} runs ten on H2 and ten on PostgreSQL.
 */
class CrashRecoveryIT {

  static final Path HOME = Path.of(System.getProperty("jboss.home", "target/wildfly"));
  static final Path EAR = Path.of(System.getProperty("veedor.it.ear", "target/veedor.ear"));
  static final Path WORK = Path.of(System.getProperty("veedor.it.crash.dir", "target/it-crash"));
  static final int KILLS = Integer.getInteger("veedor.it.crash.kills", 1);
  static final List<String> OPTIONS =
      List.of(System.getProperty("veedor.it.crash.vm", "-Xmx2g").split("\\s+"));

  static final List<String> DATABASES =
      List.of(System.getProperty("veedor.it.crash.databases", "h2,postgresql").split(","));

  @Test
  void shouldLoseNothingAcknowledgedWhenTheServerIsKilled() throws Exception {
    for (String database : DATABASES) {
      switch (database.strip()) {
        case "h2" -> run("h2", List.of());
        case "postgresql" -> {
          String url = System.getProperty("veedor.it.crash.pg.url");
          String name = url.substring(url.lastIndexOf('/') + 1);
          FreshPostgresDatabase.fresh(
              url.substring(0, url.lastIndexOf('/') + 1) + "postgres", "postgres", name);
          run(
              "postgresql",
              List.of(
                  "-Dveedor.db.driver=postgresql",
                  "-Dveedor.db.url=" + url,
                  "-Dveedor.db.user=postgres",
                  "-Dveedor.db.password=unused"));
        }
        default -> throw new IllegalArgumentException("no such database: " + database);
      }
    }
  }

  private void run(String database, List<String> databaseOptions) throws Exception {
    List<String> options = new ArrayList<>(OPTIONS);
    Path data = WORK.resolve(database).resolve("data").toAbsolutePath();
    ServerProcess.deleteTree(data); // a fresh install: no index or files of an earlier run
    options.add("-Dveedor.data.dir=" + data);
    options.addAll(databaseOptions);
    ServerProcess server =
        new ServerProcess(HOME, EAR, WORK.resolve(database).resolve("server"), options);
    Ledger ledger = new Ledger();
    try {
      Duration first = server.start();
      System.out.printf("%s: first start in %d s%n", database, first.toSeconds());
      for (int kill = 1; kill <= KILLS; kill++) {
        Integer importId = startImport(kill);
        Workload load = new Workload(ledger);
        load.start();
        Thread.sleep(ThreadLocalRandom.current().nextLong(4000, 12000));
        server.kill();
        load.stop();
        Duration restart = server.start();
        Report report = check(ledger, importId);
        System.out.printf(
            "%s: kill %d of %d, restart in %d s; acknowledged so far %s; after the start %s%n",
            database, kill, KILLS, restart.toSeconds(), ledger.counts(), report);
        assertThat(report.lost()).as("acknowledged and then lost").isEmpty();
      }
    } finally {
      server.stop();
    }
  }

  private static Integer startImport(int round) throws Exception {
    Map<String, byte[]> files = ChicagoSlice.files(1500, "XX-CRASH-" + round, "CR" + round);
    Api.Reply started = Api.as("admin").postFiles("imports", files);
    if (started.status() != 202) {
      System.out.println("import not started: " + started.status() + " " + started.body());
      return null; // another import still running (the previous round's, resumed): checked there
    }
    return started.json().getInt("id");
  }

  /** What the server said after the start, against the ledger. */
  private static Report check(Ledger ledger, Integer importId) throws Exception {
    List<String> lost = new ArrayList<>();
    for (String reference : ledger.complaints) {
      if (Api.as("supervisor").get("complaints/" + reference).status() != 200) {
        lost.add("complaint " + reference);
      }
    }
    // a lifecycle the crash cut short is placed again at the start, in the background
    List<String> withoutLifecycle = new ArrayList<>(ledger.complaints);
    eventually(
        () -> {
          withoutLifecycle.removeIf(CrashRecoveryIT::hasLifecycle);
          return withoutLifecycle.isEmpty();
        });
    withoutLifecycle.forEach(reference -> lost.add("lifecycle of " + reference));
    for (String reference : ledger.triaged) {
      if (openTriage(reference).isPresent()) {
        lost.add("triage decision on " + reference);
      }
    }
    for (String[] note : ledger.notes) {
      Api.Reply versions =
          Api.as("supervisor").get("complaints/" + note[0] + "/notes/" + note[1] + "/versions");
      if (versions.status() != 200 || versions.jsonArray().isEmpty()) {
        lost.add("note " + note[1] + " on " + note[0]);
      }
    }
    for (String[] file : ledger.files) {
      Api.Reply content =
          Api.as("supervisor").get("complaints/" + file[0] + "/files/" + file[1] + "/content");
      if (content.status() != 200 || !sha256(content.body()).equals(file[2])) {
        lost.add("file " + file[1] + " on " + file[0] + " (" + content.status() + ")");
      }
    }
    if (importId != null
        && !eventually(
            () ->
                Api.as("admin")
                    .get("imports/" + importId)
                    .json()
                    .getString("state")
                    .equals("DONE"))) {
      lost.add("import " + importId + " did not finish");
    }
    if (!eventually(
        () -> Api.as("admin").get("search/consistency").json().getBoolean("consistent"))) {
      lost.add("index: " + Api.as("admin").get("search/consistency").body());
    }
    JsonObject verified = Api.as("auditor").get("audit/verify").json();
    if (!verified.getBoolean("intact")) {
      lost.add("audit chain: " + verified);
    }
    return new Report(lost, verified.getInt("checked"));
  }

  record Report(List<String> lost, int chainedEvents) {}

  private static boolean hasLifecycle(String reference) {
    Api.Reply diagram = Api.as("supervisor").get("complaints/" + reference + "/diagram");
    return diagram.status() == 200 && !diagram.json().getJsonArray("active").isEmpty();
  }

  private static Optional<JsonObject> openTriage(String reference) {
    for (JsonValue item :
        Api.as("supervisor")
            .get("tasks?size=20&task=ConfirmTriageTask&reference=" + reference)
            .json()
            .getJsonArray("items")) {
      JsonObject task = item.asJsonObject();
      if (task.getString("reference").equals(reference)) {
        return Optional.of(task);
      }
    }
    return Optional.empty();
  }

  /** Whether the condition holds within three minutes (work the start resumes). */
  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(1000);
    }
    return false;
  }

  private static String sha256(String body) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
  }

  /** The client's log: what the server acknowledged with a 2xx. */
  static final class Ledger {
    final List<String> complaints = new CopyOnWriteArrayList<>();
    final List<String> triaged = new CopyOnWriteArrayList<>();
    final List<String[]> notes = new CopyOnWriteArrayList<>();
    final List<String[]> files = new CopyOnWriteArrayList<>();

    String counts() {
      return "complaints %d, triage decisions %d, notes %d, files %d"
          .formatted(complaints.size(), triaged.size(), notes.size(), files.size());
    }
  }

  /** Four kinds of work over HTTP at once, until the server dies under them. */
  static final class Workload {
    private final Ledger ledger;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients = Executors.newFixedThreadPool(6);
    private final ConcurrentLinkedQueue<String> fresh = new ConcurrentLinkedQueue<>();

    Workload(Ledger ledger) {
      this.ledger = ledger;
    }

    void start() {
      for (int i = 0; i < 3; i++) {
        clients.submit(() -> loop(this::register));
      }
      clients.submit(() -> loop(this::triage));
      clients.submit(() -> loop(this::note));
      clients.submit(() -> loop(this::upload));
    }

    void stop() throws InterruptedException {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(2, TimeUnit.MINUTES);
    }

    private void loop(Runnable work) {
      while (running.get()) {
        try {
          work.run();
        } catch (UncheckedIOException | IllegalStateException e) {
          return; // the server is gone: what was not answered was not acknowledged
        }
      }
    }

    private void register() {
      Api.Reply reply =
          Api.as("intake")
              .postJson(
                  "complaints",
                  """
                  {"channel": "PHONE", "incidentDate": "2026-10-05", "territoryCode": "CAP",
                   "narrative": "Me pidieron dinero en el control de la ruta.",
                   "allegations": [{"categoryCode": "BRIBERY", "unitCode": "E-CAP-1-A"}]}
                  """);
      if (reply.status() == 201) {
        String reference = reply.json().getString("referenceNumber");
        ledger.complaints.add(reference);
        fresh.add(reference);
      }
    }

    private void triage() {
      String reference = fresh.poll();
      if (reference == null) {
        pause();
        return;
      }
      openTriage(reference)
          .ifPresent(
              task -> {
                Api.Reply done =
                    Api.as("supervisor")
                        .postJson(
                            "tasks/" + task.getString("id") + "/complete",
                            "{\"track\": \"FULL_INVESTIGATION\", \"priority\": \"HIGH\","
                                + " \"deadlineDays\": 45, \"overrideReason\": \"crash test\"}");
                if (done.status() == 204) {
                  ledger.triaged.add(reference);
                }
              });
    }

    private void note() {
      String reference = any();
      if (reference == null) {
        pause();
        return;
      }
      Api.Reply written =
          Api.as("supervisor")
              .postJson(
                  "complaints/" + reference + "/notes",
                  "{\"text\": \"Llamar al denunciante mañana.\"}");
      if (written.status() == 201) {
        ledger.notes.add(new String[] {reference, written.json().getString("key")});
      }
    }

    private void upload() {
      String reference = any();
      if (reference == null) {
        pause();
        return;
      }
      String text =
          "Acta de la entrevista " + ThreadLocalRandom.current().nextLong() + ".\n".repeat(200);
      Api.Reply added =
          Api.as("intake")
              .postBytes(
                  "complaints/"
                      + reference
                      + "/files?identifying=false&name="
                      + URLEncoder.encode("acta.txt", StandardCharsets.UTF_8),
                  "text/plain",
                  text.getBytes(StandardCharsets.UTF_8));
      if (added.status() == 201) {
        try {
          ledger.files.add(
              new String[] {
                reference,
                String.valueOf(added.json().getJsonNumber("id").longValue()),
                sha256(text)
              });
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }

    private String any() {
      List<String> known = ledger.complaints;
      return known.isEmpty() ? null : known.get(ThreadLocalRandom.current().nextInt(known.size()));
    }

    private static void pause() {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
