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
import org.veedor.reporting.domain.QuarterlyReport;

/**
 * Quarterly reports built in the background: a request answers at once with a job, whose progress
 * the page shows as a bar; the PDF is kept for its reader (only the user who asked may fetch it).
 * Requests, progress and PDFs are kept by {@link QuarterlyReportArchive}, so a restart loses none:
 * a report whose build a restart cut short is built again shortly after the next start, as its
 * reader is allowed to see the records then.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
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

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  private volatile boolean stopping;
  private Instant started;

  @PostConstruct
  void afterStart() {
    started = clock.instant(); // reports asked for from now on are built by this start

    timers.createSingleActionTimer(
        2_000, new TimerConfig("quarterly reports cut short by a restart", false));
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
    Job job =
        archive.create(
            new QuarterlyReport(
                UUID.randomUUID().toString(),
                year,
                quarter,
                territory,
                QuarterlyReportArchive.json(labels),
                reader.username(),
                clock.instant()));
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

  /** Shortly after a start: the reports a restart cut short are built again. */
  @Timeout
  @PermitAll
  void resumeInterrupted() {
    for (QuarterlyReportArchive.Interrupted cut : archive.interrupted(started)) {
      if (cut.reader().isEmpty()) {
        archive.fail(cut.job().id(), "the reader who asked for it is no longer enabled");
        continue;
      }
      LOG.info(() -> "quarterly report " + cut.job().id() + ": built again after a restart");
      build(cut.job(), cut.reader().get(), cut.labels());
    }
  }

  private void build(Job job, Viewer reader, Map<String, String> labels) {
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
            archive.done(job.id(), pdf);
            meters.reportBuilt(Duration.ofNanos(System.nanoTime() - began), false);
          } catch (RuntimeException e) {
            if (stopping) {
              LOG.info(() -> "quarterly report " + job.id() + ": cut short, resumed at next start");
              return;
            }
            LOG.log(Level.WARNING, "quarterly report " + job.id() + " failed", e);
            // the reader is told that it failed, never the database's words: those go to the log
            archive.fail(job.id(), FAILED_TO_BUILD);
            meters.reportBuilt(Duration.ofNanos(System.nanoTime() - began), true);
          }
        });
  }
}
