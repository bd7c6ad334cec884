package org.veedor.reporting.application;

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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.metrics.Meters;
import org.veedor.platform.nodes.WorkLeases;
import org.veedor.reporting.domain.QuarterlyReport;

/**
 * Quarterly reports built in the background: a request answers at once with a job, whose progress
 * the page shows as a bar; the PDF is kept for its reader (only the user who asked may fetch it).
 * Requests, progress and PDFs are kept by {@link QuarterlyReportArchive}, so a restart loses none.
 * The node that builds a report holds its lease ({@link WorkLeases}); a report whose builder died
 * or stopped is taken over within a minute by whichever node takes the expired lease (this one
 * after a restart, or another on the same database) and built again, as its reader is allowed to
 * see the records then.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "WorkLeases"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.SUPERVISOR, Roles.OVERSIGHT_BOARD, Roles.LEADERSHIP, Roles.AUDITOR})
public class QuarterlyReports {

  private static final Logger LOG = Logger.getLogger(QuarterlyReports.class.getName());

  /** A report's job as its reader sees it. */
  public record Job(
      String id,
      int year,
      int quarter,
      String territory,
      String requestedBy,
      Instant requestedAt,
      String state,
      int percent,
      String failure,
      Instant finishedAt,
      int resumptions) {}

  /** The failure a reader is shown; the cause is in the server's log under the report's id. */
  public static final String FAILED_TO_BUILD = "BUILD_FAILED";

  @Resource SessionContext session;
  @Resource TimerService timers;
  @Inject Viewers viewers;
  @Inject QuarterlyReportBuilder builder;
  @Inject QuarterlyReportArchive archive;
  @Inject Meters meters;
  @Inject Clock clock;
  @Inject WorkLeases leases;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  private volatile boolean stopping;

  @PostConstruct
  void afterStart() {
    timers.createIntervalTimer(
        2_000, 10_000, new TimerConfig("quarterly reports whose builder stopped", false));
  }

  @PreDestroy
  void stop() {
    stopping = true;
  }

  /**
   * Starts building a quarter's report.
   *
   * @param labels the report's words in the reader's language, by message key
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED) // the reader's record is read
  public Job start(int year, int quarter, String territory, Map<String, String> labels) {
    if (year < 1990 || year > 2200) {
      throw new InvalidInputException("year", InputReason.BETWEEN, "1990", "2200");
    }
    if (quarter < 1 || quarter > 4) {
      throw new InvalidInputException("quarter", InputReason.BETWEEN, 1, 4);
    }
    Viewer reader = viewers.current(session);
    String id = UUID.randomUUID().toString();
    leases.take(work(id)); // before the job exists: no other node may take it for abandoned
    Job job;
    try {
      job =
          archive.create(
              new QuarterlyReport(
                  id,
                  year,
                  quarter,
                  territory,
                  QuarterlyReportArchive.json(labels),
                  reader.username(),
                  clock.instant()));
    } catch (RuntimeException e) {
      leases.release(work(id));
      throw e;
    }
    build(job, reader, Map.copyOf(labels));
    return job;
  }

  /** The job, if it exists and the caller asked for it. */
  public Optional<Job> job(String id) {
    String me = session.getCallerPrincipal().getName();
    return archive.find(id).filter(job -> job.requestedBy().equals(me));
  }

  /** The finished PDF, if the job exists, is done and the caller asked for it. */
  public Optional<byte[]> pdf(String id) {
    return job(id).filter(job -> job.state().equals("DONE")).flatMap(job -> archive.pdf(id));
  }

  /** The caller's reports, newest first. */
  public List<Job> mine() {
    return archive.of(session.getCallerPrincipal().getName());
  }

  /**
   * Every ten seconds: a report still being built whose lease nobody renews (its node was killed,
   * or stopped) is taken over here and built again.
   */
  @Timeout
  @PermitAll
  void takeOverAbandoned() {
    if (stopping) {
      return;
    }
    for (String id : archive.running()) {
      if (!leases.take(work(id))) {
        continue; // a live node builds it (this one, or another)
      }
      Optional<QuarterlyReportArchive.Interrupted> cut;
      try {
        cut = archive.resume(id);
      } catch (RuntimeException e) {
        leases.release(work(id));
        throw e;
      }
      if (cut.isEmpty()) {
        leases.release(work(id)); // finished meanwhile
      } else if (cut.get().reader().isEmpty()) {
        archive.fail(id, "the reader who asked for it is no longer enabled");
        leases.release(work(id));
      } else {
        LOG.info(() -> "quarterly report " + id + ": its builder stopped; built again here");
        build(cut.get().job(), cut.get().reader().get(), cut.get().labels());
      }
    }
  }

  private static String work(String reportId) {
    return "report:" + reportId;
  }

  private void build(Job job, Viewer reader, Map<String, String> labels) {
    try {
      submitBuild(job, reader, labels);
    } catch (RuntimeException e) {
      leases.release(work(job.id())); // the executor refused it (stopping): another node goes on
      throw e;
    }
  }

  private void submitBuild(Job job, Viewer reader, Map<String, String> labels) {
    executor.submit(
        () -> {
          long began = System.nanoTime();
          try {
            int[] shown = {0};
            byte[] pdf =
                builder.build(
                    reader,
                    job.year(),
                    job.quarter(),
                    job.territory(),
                    labels,
                    step -> {
                      int percent = step * 100 / QuarterlyReportBuilder.steps();
                      if (percent > shown[0]) {
                        shown[0] = percent;
                        archive.progress(job.id(), percent);
                      }
                    });
            if (!leases.holds(work(job.id()))) {
              return; // another node took it over after this one paused: its PDF stands
            }
            archive.done(job.id(), pdf);
            meters.reportBuilt(Duration.ofNanos(System.nanoTime() - began), false);
          } catch (RuntimeException e) {
            if (stopping) {
              LOG.info(() -> "quarterly report " + job.id() + ": cut short, taken over later");
              return;
            }
            LOG.log(Level.WARNING, "quarterly report " + job.id() + " failed", e);
            // the reader is told that it failed, never the database's words: those go to the log
            archive.fail(job.id(), FAILED_TO_BUILD);
            meters.reportBuilt(Duration.ofNanos(System.nanoTime() - began), true);
          } finally {
            leases.release(work(job.id()));
          }
        });
  }
}
