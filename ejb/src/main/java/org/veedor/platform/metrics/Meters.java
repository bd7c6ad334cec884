package org.veedor.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The application's meters, in the registry of the server's micrometer subsystem. A server without
 * that subsystem (Veedor deployed into a WildFly that does not have it) keeps them in memory, where
 * nobody reads them: counting never stands in the way of the work it counts.
 *
 * <p>Meters are made through the registry's own methods ({@code counter}, {@code timer}, {@code
 * gauge}), never Micrometer's builders: the server hands each application a registry that passes
 * those on to the published one with the deployment's tag, while a builder's meter would stay in
 * the application's registry, unpublished.
 */
@ApplicationScoped
public class Meters {

  private static final Logger LOG = Logger.getLogger(Meters.class.getName());

  @Inject Instance<MeterRegistry> registries;

  private final AtomicLong overdueTasks = new AtomicLong();
  private MeterRegistry registry;

  /** Meters kept in memory only (tests, and a server without the micrometer subsystem). */
  public static Meters inMemory() {
    Meters meters = new Meters();
    meters.use(new SimpleMeterRegistry());
    return meters;
  }

  @PostConstruct
  void start() {
    if (registries.isResolvable()) {
      use(registries.get());
      LOG.info(() -> "Veedor's meters go to " + registry.getClass().getName());
    } else {
      LOG.info("no micrometer subsystem in this server: Veedor's meters are not published");
      use(new SimpleMeterRegistry());
    }
  }

  /** The registry the meters are in. */
  public MeterRegistry registry() {
    return registry;
  }

  private void use(MeterRegistry chosen) {
    registry = chosen;
    registry.gauge("veedor.tasks.overdue", Tags.empty(), overdueTasks, AtomicLong::get);
  }

  /** A complaint registered, by the channel it came through (desk, phone, public web, import). */
  public void complaintRegistered(String channel) {
    registry.counter("veedor.complaints.registered", Tags.of("channel", channel)).increment();
  }

  /** The text of a piece of evidence could not be extracted (refused: a guard said no). */
  public void extractionFailed(boolean refused) {
    registry
        .counter(
            "veedor.evidence.extraction.failures",
            Tags.of("reason", refused ? "refused" : "failed"))
        .increment();
  }

  /** A rebuild of the search index ended, after this long. */
  public void reindexed(Duration took, boolean failed) {
    registry
        .timer("veedor.search.reindex", Tags.of("outcome", failed ? "failed" : "done"))
        .record(took);
  }

  /** A quarterly report was built (or failed), after this long. */
  public void reportBuilt(Duration took, boolean failed) {
    registry
        .timer("veedor.reports.quarterly", Tags.of("outcome", failed ? "failed" : "done"))
        .record(took);
  }

  /** A request of the public refused by its rate limit (filing, following). */
  public void rateLimited(String purpose) {
    registry.counter("veedor.public.rate.limited", Tags.of("purpose", purpose)).increment();
  }

  /** How many open tasks are past their due date now. */
  public void overdueTasks(long count) {
    overdueTasks.set(count);
  }
}
