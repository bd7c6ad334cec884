package org.veedor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * What HTTP Basic costs an API call, through HTTP against the running server: requests per second
 * of a small signed-in read ({@code GET /api/categories}) from four clients at once, and the time
 * of a sign-in whose password the server must derive again (the first after a wrong one). Writes
 * {@code docs/benchmarks/basic-auth.md}, one section per database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BasicAuthBench {

  static final int CLIENTS = 4;
  static final long WARM_UP_MILLIS = 3_000;
  static final long MEASURED_MILLIS = 15_000;
  static final int DERIVED = 5;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldMeasureSignedInRequestsPerSecond() throws Exception {
    String database = System.getProperty("veedor.it.database", "h2");
    run(WARM_UP_MILLIS);
    double perSecond = run(MEASURED_MILLIS);

    // a sign-in the server verifies in full: the first right password after a wrong one
    List<Long> derived = new ArrayList<>();
    for (int i = 0; i < DERIVED; i++) {
      assertThat(Api.as("intake", "not the password").get("categories").status()).isEqualTo(401);
      long started = System.nanoTime();
      assertThat(Api.as("intake").get("categories").status()).isEqualTo(200);
      derived.add((System.nanoTime() - started) / 1_000_000);
    }
    Collections.sort(derived);
    record(database, perSecond, derived.get(derived.size() / 2));
    assertThat(perSecond).isPositive();
  }

  /** Requests per second of the read from the clients at once, for a while. */
  private static double run(long millis) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + millis * 1_000_000;
    long started = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        running.add(
            clients.submit(
                () -> {
                  Api api = Api.as("intake");
                  while (System.nanoTime() < end) {
                    if (api.get("categories").status() != 200) {
                      throw new IllegalStateException("a signed-in read failed");
                    }
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return done.get() / ((System.nanoTime() - started) / 1e9);
  }

  private static void record(String database, double perSecond, long derivedMillis)
      throws IOException {
    String commit = ResultsFile.commit();
    String section =
        String.format(
            Locale.ROOT,
            "<!-- %1$s -->%n### %1$s, commit %2$s%n%n"
                + "| measure | figure |%n| --- | ---: |%n"
                + "| signed-in reads per second (HTTP Basic, %3$d clients) | %4$.0f |%n"
                + "| a sign-in verified in full (median of %5$d) | %6$d ms |%n%n"
                + "`GET /api/categories` as `intake`, %7$d s after %8$d s of warm-up. Measured %9$s on"
                + " %10$d cores, %11$.1f GiB, %12$s %13$s (client and server on the same machine).%n"
                + "<!-- /%1$s -->%n",
            database,
            commit,
            CLIENTS,
            perSecond,
            DERIVED,
            derivedMillis,
            MEASURED_MILLIS / 1000,
            WARM_UP_MILLIS / 1000,
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
            Runtime.getRuntime().availableProcessors(),
            ResultsFile.memoryGiB(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"));
    System.out.println(section);
    // the bench runs in the build's own JVM, in the ear module: the repository's docs are beside it
    Path file =
        Path.of(System.getProperty("veedor.bench.results", "../docs/benchmarks"), "basic-auth.md");
    ResultsFile.put(
        file,
        "# HTTP Basic: signed-in requests per second\n\n"
            + "Written by `./mvnw -Pbench verify` (`ear/src/test/java/org/veedor/bench/"
            + "BasicAuthBench.java`), one section per database.\n\n",
        database,
        section);
  }
}
