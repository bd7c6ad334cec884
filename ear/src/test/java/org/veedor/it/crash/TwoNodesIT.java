package org.veedor.it.crash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.veedor.it.support.Api;
import org.veedor.it.support.ChicagoSlice;
import org.veedor.it.support.FreshPostgresDatabase;

/**
 * Two nodes, active and standby: two servers on one PostgreSQL database and one shared data folder
 * (each with its own search index), behind HAProxy on the usual address (the second node takes
 * requests only when the first fails its health check). The active node is killed with SIGKILL
 * while it builds a quarterly report and runs an import; the standby takes both over through their
 * expired leases and finishes each once. Meanwhile: failed sign-ins sent to either node are each
 * chained once into the audit trail; the public endpoints' rate limit counts one address across
 * both nodes; a public form fetched from one node is accepted by the other.
 */
class TwoNodesIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Path WORK = CrashRecoveryIT.WORK.resolve("two-nodes").toAbsolutePath();
  private static final int SIGN_INS = 20;
  private static final int IMPORTED = 1500;

  @Test
  void shouldFinishTheKilledNodesWorkOnceOnTheStandby() throws Exception {
    String url = System.getProperty("veedor.it.crash.pg.url");
    url = url.substring(0, url.lastIndexOf('/') + 1) + "veedor_it_nodes";
    FreshPostgresDatabase.fresh(
        url.substring(0, url.lastIndexOf('/') + 1) + "postgres", "postgres", "veedor_it_nodes");
    ServerProcess.deleteTree(WORK);
    Path shared = Files.createDirectories(WORK.resolve("shared-data"));
    ServerProcess active = node("a", 300, url, shared);
    ServerProcess standby = node("b", 400, url, shared);
    Process proxy = null;
    try {
      System.out.printf("node a started in %d s%n", active.start().toSeconds());
      System.out.printf("node b started in %d s%n", standby.start().toSeconds());
      proxy = proxy(active, standby);

      String tag = Long.toString(System.nanoTime(), 36);
      for (int i = 0; i < SIGN_INS; i++) {
        ServerProcess node = i % 2 == 0 ? active : standby;
        assertThat(status(node, "GET", "api/complaints?size=1", "ghost-" + tag + "-" + i, null))
            .as("a sign-in of an unknown user")
            .isEqualTo(401);
      }
      int lookups = 0;
      while (lookups < 100 && follow(lookups % 2 == 0 ? active : standby, lookups) != 429) {
        lookups++;
      }
      String form = body(active, "api/public/form");

      Map<String, byte[]> files = ChicagoSlice.files(IMPORTED, "XX-NODES", "TN");
      Api.Reply imported = Api.as("admin").postFiles("imports", files);
      assertThat(imported.status()).as(imported.body()).isEqualTo(202);
      int importId = imported.json().getInt("id");
      List<String> reports = new ArrayList<>();
      LocalDate quarter = LocalDate.now().minusMonths(3);
      for (int i = 0; i < 3; i++) {
        Api.Reply started =
            Api.as("board")
                .post(
                    "reports/quarterly?year="
                        + quarter.getYear()
                        + "&quarter="
                        + ((quarter.getMonthValue() - 1) / 3 + 1)
                        + "&lang=es",
                    "application/json",
                    "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        reports.add(started.json().getString("id"));
      }
      JsonObject before = Api.as("admin").get("imports/" + importId).json();
      Instant killed = Instant.now();
      active.kill();
      System.out.printf("node a killed with the import at %s%n", before);

      Instant importTakenOver =
          await(() -> Api.as("admin").get("imports/" + importId).json().getInt("resumptions") > 0);
      JsonObject run =
          awaitValue(
              () -> Api.as("admin").get("imports/" + importId).json(),
              r -> !r.getString("state").equals("RUNNING"));
      Instant importDone = Instant.now();
      List<JsonObject> built = new ArrayList<>();
      for (String id : reports) {
        built.add(
            awaitValue(
                () -> Api.as("board").get("reports/quarterly/" + id).json(),
                r -> !r.getString("state").equals("RUNNING")));
      }
      Instant reportsDone = Instant.now();

      List<String> chained = new ArrayList<>();
      for (int i = 0; i < SIGN_INS; i++) {
        int events =
            Api.as("auditor")
                .get("audit?type=LOGIN_FAILED&user=ghost-" + tag + "-" + i)
                .json()
                .getJsonArray("items")
                .size();
        chained.add("ghost-" + i + "×" + events);
        assertThat(events).as("sign-in %d chained once", i).isEqualTo(1);
      }
      JsonObject verified = Api.as("auditor").get("audit/verify").json();
      String console = Files.readString(standby.console());
      long builtOnStandby =
          reports.stream().filter(id -> console.contains("quarterly report " + id)).count();
      System.out.printf(
          "two nodes: import taken over %d s after the kill, finished after %d s: %s;"
              + " reports %s finished after %d s (%d of %d built again on b); %d sign-ins"
              + " chained once each; rate limit reached after %d lookups across both nodes;"
              + " audit chain %s%n",
          Duration.between(killed, importTakenOver).toSeconds(),
          Duration.between(killed, importDone).toSeconds(),
          run,
          built,
          Duration.between(killed, reportsDone).toSeconds(),
          builtOnStandby,
          reports.size(),
          SIGN_INS,
          lookups,
          verified);

      assertThat(run.getString("state")).as(run.toString()).isEqualTo("DONE");
      assertThat(run.getInt("resumptions")).as("taken over once").isEqualTo(1);
      assertThat(run.getInt("complaintsDone")).isEqualTo(run.getInt("complaintsTotal"));
      assertThat(
              Api.as("auditor")
                  .get("complaints?size=1&territory=XX-NODES")
                  .json()
                  .getInt("totalElements"))
          .as("each imported complaint written once, whichever node wrote it")
          .isEqualTo(run.getInt("complaintsCreated"))
          .isPositive();
      for (JsonObject report : built) {
        assertThat(report.getString("state")).as(report.toString()).isEqualTo("DONE");
        assertThat(report.getInt("resumptions")).as("built again at most once").isLessThan(2);
      }
      assertThat(built.stream().mapToInt(r -> r.getInt("resumptions")).sum())
          .as("a report the killed node was building, built again by the standby")
          .isEqualTo((int) builtOnStandby)
          .isPositive();
      assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();
      assertThat(lookups)
          .as("one address's lookups counted across both nodes: the limit of 20")
          .isEqualTo(20);
      Thread.sleep(3_500); // a person's while: a form sent faster is a script's
      assertThat(file(standby, form))
          .as("a public form fetched from the killed node, sent to the standby")
          .isEqualTo(201);
    } finally {
      if (proxy != null) {
        proxy.destroyForcibly().waitFor();
      }
      active.stop();
      standby.stop();
    }
  }

  private static ServerProcess node(String name, int offset, String url, Path shared)
      throws IOException {
    List<String> options = new ArrayList<>(CrashRecoveryIT.OPTIONS);
    options.add("-Djboss.node.name=node-" + name);
    options.add("-Dveedor.data.dir=" + shared);
    options.add("-Dveedor.index.dir=" + WORK.resolve(name + "-index"));
    options.add("-Dveedor.db.driver=postgresql");
    options.add("-Dveedor.db.url=" + url);
    options.add("-Dveedor.db.user=postgres");
    options.add("-Dveedor.db.password=unused");
    return new ServerProcess(
        CrashRecoveryIT.HOME, CrashRecoveryIT.EAR, WORK.resolve(name), options, offset);
  }

  /**
   * HAProxy on the usual address: the first node takes every request while its health check passes,
   * the second only when it fails.
   */
  private static Process proxy(ServerProcess active, ServerProcess standby) throws Exception {
    Path config = WORK.resolve("haproxy.cfg");
    Files.writeString(
        config,
        """
        defaults
          mode http
          timeout connect 5s
          timeout client 120s
          timeout server 120s
          retries 3
          option redispatch
        frontend veedor
          bind 127.0.0.1:8080
          default_backend nodes
        backend nodes
          option httpchk GET /health/ready
          default-server inter 1s fall 2 rise 2
          server a 127.0.0.1:8380 check port 10290
          server b 127.0.0.1:8480 check port 10390 backup
        """);
    Process proxy =
        new ProcessBuilder("haproxy", "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("haproxy.log").toFile())
            .start();
    await(() -> Api.as("intake").get("categories").status() == 200);
    return proxy;
  }

  private static int follow(ServerProcess node, int i) throws Exception {
    String reference = String.format("VE-1998-%06d", 800_000 + i);
    return status(
        node,
        "POST",
        "api/public/follow",
        null,
        "{\"reference\": \"" + reference + "\", \"passphrase\": \"aaaa-bbbb-cccc-dddd\"}");
  }

  private static int file(ServerProcess node, String form) throws Exception {
    String token;
    try (JsonReader reader = Json.createReader(new StringReader(form))) {
      token = reader.readObject().getString("formToken");
    }
    return status(
        node,
        "POST",
        "api/public/complaints",
        null,
        """
        {"formToken": "%s", "website": "",
         "complaint": {"anonymous": true, "incidentDate": "2026-11-10", "place": "Terminal norte",
           "territoryCode": "CAP", "categoryCode": "DISCOURTESY",
           "officerDescription": "short, dark uniform, car 12",
           "narrative": "The officer insulted me at the bus terminal while checking my bag."}}
        """
            .formatted(token));
  }

  private static String body(ServerProcess node, String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(node.base() + path))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** A request straight to one node, with a wrong password when a user is named. */
  private static int status(
      ServerProcess node, String method, String path, String user, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":wrong").getBytes(StandardCharsets.UTF_8)));
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** When the condition first held, within three minutes; fails the test otherwise. */
  private static Instant await(Supplier<Boolean> condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (condition.get()) {
          return Instant.now();
        }
      } catch (RuntimeException e) {
        // the proxy is moving to the standby: ask again
      }
      Thread.sleep(500);
    }
    throw new AssertionError("did not happen within three minutes");
  }

  private static JsonObject awaitValue(
      Supplier<JsonObject> read, java.util.function.Predicate<JsonObject> done)
      throws InterruptedException {
    JsonObject[] last = {null};
    await(
        () -> {
          last[0] = read.get();
          return done.test(last[0]);
        });
    return last[0];
  }
}
