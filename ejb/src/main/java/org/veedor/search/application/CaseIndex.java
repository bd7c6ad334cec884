package org.veedor.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.metrics.Meters;
import org.veedor.platform.settings.PlatformSettings;

/**
 * The index's upkeep. Documents follow the database by themselves as entities change; the index is
 * built from the database alone by a mass reindex: on a start that finds it empty (a new server, a
 * deleted index folder, a demo world written in bulk), or when an administrator asks. Progress is
 * kept for the page's progress bar and written to the log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class CaseIndex {

  private static final Logger LOG = Logger.getLogger(CaseIndex.class.getName());

  /**
   * The layout of the documents the index binder writes: raised whenever their fields change, so
   * that a server upgraded over an index built before rewrites it at its start (2: the calendar day
   * of receipt, closure, and findings; 3: the names a complaint holds, by their sound).
   */
  public static final int LAYOUT = 3;

  @PersistenceUnit EntityManagerFactory factory;
  @Resource TimerService timers;
  @Resource SessionContext session;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Meters meters;
  @Inject IndexCounts counts;
  @Inject IndexBatches batches;
  @Inject PlatformSettings platform;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  jakarta.enterprise.concurrent.ManagedExecutorService executor;

  private volatile IndexProgress progress = new IndexProgress("IDLE", null, null, null, 0, 0, null);
  private volatile CompletableFuture<IndexProgress> running;

  @PostConstruct
  void scheduleFirstBuild() {
    timers.createSingleActionTimer(500, new TimerConfig("index check", false));
  }

  /**
   * A clean stop closes the index after its last write: the mark of an open index goes with it. A
   * mark found at the next start says the server was killed, and the index may lack what was
   * committed in its last moments (documents are written after the database commits).
   */
  @PreDestroy
  void closed() {
    try {
      Files.deleteIfExists(openMark());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "the index's open mark could not be removed", e);
    }
  }

  private Path openMark() {
    return platform.indexFolder().resolveSibling(platform.indexFolder().getFileName() + ".open");
  }

  /** Whether the last run ended without closing the index; marks this run's index open. */
  private boolean killedBefore() {
    try {
      Path mark = openMark();
      boolean killed = Files.exists(mark);
      Files.createDirectories(mark.getParent());
      Files.writeString(mark, clock.instant().toString());
      return killed;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "the index's open mark could not be written", e);
      return false;
    }
  }

  @Timeout
  void firstBuild() {
    boolean killed = killedBefore();
    if (buildIfEmpty()) {
      return;
    }
    IndexConsistency now = counts.now();
    if (now.complaintsInIndex() > now.complaintsInDatabase()
        || now.officersInIndex() > now.officersInDatabase()) {
      // documents of records the database does not hold (a database replaced or restored under an
      // older index): built again from nothing
      synchronized (this) {
        if (running == null) {
          LOG.info("the index holds records the database does not (" + now + "): rebuilding it");
          start("system");
        }
      }
      return;
    }
    if (killed || !now.consistent()) {
      // the server stopped without closing the index (killed, or the machine lost), or the index
      // and the database disagree: every document rewritten in place, searchable throughout
      synchronized (this) {
        if (running == null) {
          LOG.info(
              (killed ? "the server stopped without closing the index" : "the index disagrees")
                  + " ("
                  + now
                  + "): rewriting every document");
          rewrite("system");
        }
      }
      return;
    }
    if (counts.layout() < LAYOUT) {
      // an index built with an older layout: every document rewritten in place, searchable
      // throughout
      synchronized (this) {
        if (running == null) {
          LOG.info(
              "the index was built with layout " + counts.layout() + ": rewriting to " + LAYOUT);
          rewrite("system");
        }
      }
    }
  }

  /**
   * Builds the index if it holds no complaint while the database holds some, and waits for it.
   *
   * @return whether it built
   */
  public boolean buildIfEmpty() {
    CompletableFuture<IndexProgress> build;
    synchronized (this) {
      IndexConsistency now = counts.now();
      if (running == null
          && !(now.complaintsInIndex() == 0 && now.complaintsInDatabase() > 0)
          && !(now.officersInIndex() == 0 && now.officersInDatabase() > 0)) {
        return false;
      }
      build = running != null ? running : start("system");
    }
    build.join();
    return true;
  }

  /** Rebuilds the index from the database in the background; the answer is where it stands. */
  @RolesAllowed(Roles.ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public IndexProgress reindex() {
    String admin = session.getCallerPrincipal().getName();
    synchronized (this) {
      if (running == null) {
        audit.record(
            AuditEventType.INDEX_REBUILT,
            "index",
            "cases",
            AuditOutcome.SUCCESS,
            "reindex started");
        rewrite(admin);
      }
    }
    return progress;
  }

  @RolesAllowed(Roles.ADMIN)
  public IndexProgress progress() {
    return progress;
  }

  /** Counts of the database and of the index: they agree when the index is whole. */
  @RolesAllowed(Roles.ADMIN)
  public IndexConsistency consistency() {
    return counts.now();
  }

  /**
   * Rewrites every document in place, batch by batch, as updates: the index stays searchable
   * throughout and a case changed meanwhile is never doubled. (Complaints and officers are never
   * deleted from the database, so no document is left without its record; the consistency check
   * would show one.)
   */
  private void rewrite(String by) {
    Instant started = clock.instant();
    long[] counts = batches.counts();
    long total = counts[0] + counts[1];
    progress = new IndexProgress("RUNNING", by, started, null, total, 0, null);
    LOG.info("reindex of " + total + " complaints and officers started by " + by);
    long began = System.nanoTime();
    running =
        CompletableFuture.supplyAsync(
                () -> {
                  long done = 0;
                  long last = 0;
                  while ((last = batches.complaints(last, 500)) >= 0) {
                    done = Math.min(total, done + 500);
                    report(by, started, total, done);
                  }
                  long officersDone = counts[0];
                  last = 0;
                  while ((last = batches.officers(last, 500)) >= 0) {
                    officersDone = Math.min(total, officersDone + 500);
                    report(by, started, total, officersDone);
                  }
                  return total;
                },
                executor)
            .handle(
                (written, failure) ->
                    finished("reindex", by, started, began, total, progress.done(), failure));
  }

  /** Ends a rebuild: lets the next one start, and keeps and logs how it ended. */
  private IndexProgress finished(
      String what,
      String by,
      Instant started,
      long began,
      long total,
      long done,
      Throwable failure) {
    synchronized (this) {
      running = null;
    }
    meters.reindexed(Duration.ofNanos(System.nanoTime() - began), failure != null);
    if (failure != null) {
      LOG.log(Level.SEVERE, what + " failed", failure);
      progress =
          new IndexProgress(
              "FAILED",
              by,
              started,
              clock.instant(),
              total,
              done,
              String.valueOf(failure.getMessage()));
    } else {
      LOG.info(
          String.format(
              "%s done: %d documents in %d ms",
              what, total, (System.nanoTime() - began) / 1_000_000));
      progress = new IndexProgress("DONE", by, started, clock.instant(), total, total, null);
      try {
        counts.builtWith(LAYOUT);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "could not keep the index layout; the next start rewrites it", e);
      }
    }
    return progress;
  }

  private void report(String by, Instant started, long total, long done) {
    progress = new IndexProgress("RUNNING", by, started, null, total, done, null);
    if (done % 10_000 < 500) {
      LOG.info(
          String.format("reindex: %d of %d documents (%d%%)", done, total, progress.percent()));
    }
  }

  /**
   * Empties the index first, then indexes with updates rather than plain additions: a case changed
   * by a user while the rebuild runs is written once, not twice.
   */
  private static org.hibernate.search.mapper.orm.massindexing.MassIndexer purgeThen(
      SearchMapping mapping) {
    mapping.scope(Object.class).workspace().purge();
    return mapping.scope(Object.class).massIndexer();
  }

  private CompletableFuture<IndexProgress> start(String by) {
    Instant started = clock.instant();
    AtomicLong total = new AtomicLong();
    AtomicLong done = new AtomicLong();
    progress = new IndexProgress("RUNNING", by, started, null, 0, 0, null);
    SearchMapping mapping = Search.mapping(factory);
    LOG.info("mass reindex of complaints and officers started by " + by);
    long began = System.nanoTime();
    CompletableFuture<IndexProgress> build =
        purgeThen(mapping)
            .purgeAllOnStart(false) // documents written meanwhile are updated, never doubled
            .mergeSegmentsOnFinish(true)
            .threadsToLoadObjects(2)
            .batchSizeToLoadObjects(200)
            .transactionTimeout(3600)
            .monitor(
                new MassIndexingMonitor() {
                  private long lastLogged;

                  @Override
                  public void documentsAdded(long increment) {
                    long now = done.addAndGet(increment);
                    progress =
                        new IndexProgress("RUNNING", by, started, null, total.get(), now, null);
                    if (now - lastLogged >= 10_000) {
                      lastLogged = now;
                      LOG.info(
                          String.format(
                              "mass reindex: %d of %d documents (%d%%)",
                              now, total.get(), progress.percent()));
                    }
                  }

                  @Override
                  public void documentsBuilt(long increment) {}

                  @Override
                  public void entitiesLoaded(long increment) {}

                  @Override
                  public void addToTotalCount(long increment) {
                    total.addAndGet(increment);
                  }

                  @Override
                  public void indexingCompleted() {}
                })
            .start()
            .toCompletableFuture()
            .handle(
                (ignored, failure) ->
                    finished("mass reindex", by, started, began, total.get(), done.get(), failure));
    running = build;
    return build;
  }
}
