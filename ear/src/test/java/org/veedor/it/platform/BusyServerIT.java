package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.ChicagoSlice;
import org.veedor.it.support.Deployments;

/**
 * A busy server: a historical import and a rebuild of the search index run while 50 people read
 * cases, lists, timelines, searches and indicators, each read recorded in the audit trail. Nobody
 * gets a server error or waits past the client's limit (recording an event takes no lock that
 * others hold), the import and the rebuild finish, and the trail's chain verifies afterwards. The
 * search latencies measured meanwhile are printed (a figure, not an assertion).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusyServerIT {

  static final int COMPLAINTS = Integer.getInteger("veedor.it.busy.complaints", 300);
  static final int READERS = 50;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldServeFiftyReadersWithoutAnErrorWhileAnImportAndAReindexRun() throws Exception {
    Map<String, byte[]> files = ChicagoSlice.files(COMPLAINTS, "XX-BUSY", "BSY");
    String reference =
        Api.as("investigator")
            .get("complaints?size=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("referenceNumber");

    Api.Reply imported = Api.as("admin").postFiles("imports", files);
    for (int i = 0; i < 30 && imported.status() == 409; i++) {
      Thread.sleep(2000); // another test's import still running
      imported = Api.as("admin").postFiles("imports", files);
    }
    assertThat(imported.status()).as(imported.body()).isEqualTo(202);
    int importId = imported.json().getInt("id");
    Api.Reply reindex = Api.as("admin").post("search/reindex", "application/json", "");
    assertThat(reindex.status()).as(reindex.body()).isIn(202, 409);

    AtomicBoolean busy = new AtomicBoolean(true);
    Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> searchMillis = new ConcurrentLinkedQueue<>();
    AtomicInteger calls = new AtomicInteger();
    List<Read> reads =
        List.of(
            new Read("investigator", "search?q=soborno&size=20", true),
            new Read("auditor", "search?q=golpe&size=20", true),
            new Read("supervisor2", "search?q=policia", true),
            new Read("investigator", "complaints?size=20", false),
            new Read("investigator", "complaints/" + reference, false),
            new Read("supervisor", "complaints/" + reference + "/timeline", false),
            new Read("board", "reports/indicators/volume?period=year", false),
            new Read("supervisor", "tasks?size=20", false));
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    Instant started = Instant.now();
    for (int r = 0; r < READERS; r++) {
      readers.submit(
          () -> {
            while (busy.get()) {
              Read read = reads.get(ThreadLocalRandom.current().nextInt(reads.size()));
              long begin = System.nanoTime();
              try {
                Api.Reply reply = Api.as(read.user()).get(read.path());
                long millis = (System.nanoTime() - begin) / 1_000_000;
                calls.incrementAndGet();
                byStatus
                    .computeIfAbsent(Integer.toString(reply.status()), s -> new AtomicInteger())
                    .incrementAndGet();
                if (reply.status() >= 500 || reply.status() == 408) {
                  failures.add(read.path() + " " + reply.status() + " " + reply.body());
                }
                if (read.search()) {
                  searchMillis.add(millis);
                }
              } catch (UncheckedIOException | IllegalStateException e) {
                failures.add(read.path() + " " + e);
              }
            }
          });
    }

    JsonObject run = imported.json();
    JsonObject progress = Api.as("admin").get("search/reindex").json();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
    while ((run.getString("state").equals("RUNNING")
            || progress.getString("state").equals("RUNNING"))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      run = Api.as("admin").get("imports/" + importId).json();
      progress = Api.as("admin").get("search/reindex").json();
    }
    busy.set(false);
    readers.shutdown();
    assertThat(readers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    Duration took = Duration.between(started, Instant.now());

    List<Long> sorted = new ArrayList<>(searchMillis);
    Collections.sort(sorted);
    System.out.printf(
        "busy server: %d complaints imported (%s) and a reindex (%s) in %d s; %d reads by %d"
            + " readers, by status %s; searches %d, p50 %d ms, p99 %d ms, max %d ms%n",
        run.getInt("complaintsCreated"),
        run.getString("state"),
        progress.getString("state"),
        took.toSeconds(),
        calls.get(),
        READERS,
        byStatus,
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));

    assertThat(failures).as("server errors and time-outs").isEmpty();
    assertThat(byStatus.keySet()).as("every read answered").containsOnly("200");
    assertThat(run.getString("state")).as(run.toString()).isEqualTo("DONE");
    assertThat(run.getInt("complaintsCreated")).isEqualTo(COMPLAINTS);
    assertThat(progress.getString("state")).as(progress.toString()).isEqualTo("DONE");
    assertThat(sorted).as("searches made while the server was busy").hasSizeGreaterThan(READERS);
    JsonObject verified = Api.as("auditor").get("audit/verify").json();
    assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();
  }

  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  record Read(String user, String path, boolean search) {}
}
