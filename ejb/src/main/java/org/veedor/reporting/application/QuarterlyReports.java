package org.veedor.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.veedor.identity.application.Viewer;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.InvalidInputException;

/**
 * Quarterly reports built in the background: a request answers at once with a job, whose progress
 * the page shows as a bar; the PDF is kept for its reader (only the user who asked may fetch it)
 * until the server restarts or fifty newer reports push it out.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.SUPERVISOR, Roles.OVERSIGHT_BOARD, Roles.LEADERSHIP, Roles.AUDITOR})
public class QuarterlyReports {

  private static final Logger LOG = Logger.getLogger(QuarterlyReports.class.getName());
  private static final int KEPT = 50;

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
      String failure) {}

  private static final class Running {
    final Job request;
    volatile String state = "RUNNING";
    volatile int percent;
    volatile String failure;
    volatile byte[] pdf;

    Running(Job request) {
      this.request = request;
    }

    Job view() {
      return new Job(
          request.id(),
          request.year(),
          request.quarter(),
          request.territory(),
          request.requestedBy(),
          request.requestedAt(),
          state,
          percent,
          failure);
    }
  }

  @Resource SessionContext session;
  @Inject Viewers viewers;
  @Inject QuarterlyReportBuilder builder;
  @Inject Clock clock;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  private final Map<String, Running> jobs =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Running> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * Starts building a quarter's report.
   *
   * @param labels the report's words in the reader's language, by message key
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED) // the reader's record is read
  public Job start(int year, int quarter, String territory, Map<String, String> labels) {
    if (year < 1990 || year > 2200) {
      throw new InvalidInputException("year", "between 1990 and 2200");
    }
    if (quarter < 1 || quarter > 4) {
      throw new InvalidInputException("quarter", "1 to 4");
    }
    Viewer reader = viewers.current(session);
    Running job =
        new Running(
            new Job(
                UUID.randomUUID().toString(),
                year,
                quarter,
                territory,
                reader.username(),
                clock.instant(),
                "RUNNING",
                0,
                null));
    synchronized (jobs) {
      jobs.put(job.request.id(), job);
    }
    Map<String, String> words = Map.copyOf(labels);
    executor.submit(
        () -> {
          try {
            job.pdf =
                builder.build(
                    reader,
                    year,
                    quarter,
                    territory,
                    words,
                    step ->
                        job.percent = Math.min(99, step * 100 / QuarterlyReportBuilder.steps()));
            job.percent = 100;
            job.state = "DONE";
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "quarterly report " + job.request.id() + " failed", e);
            job.failure = e.getMessage();
            job.state = "FAILED";
          }
        });
    return job.view();
  }

  /** The job, if it exists and the caller asked for it. */
  public Optional<Job> job(String id) {
    return mine(id).map(Running::view);
  }

  /** The finished PDF, if the job exists, is done and the caller asked for it. */
  public Optional<byte[]> pdf(String id) {
    return mine(id).map(j -> j.pdf);
  }

  private Optional<Running> mine(String id) {
    Running job;
    synchronized (jobs) {
      job = jobs.get(id);
    }
    String me = session.getCallerPrincipal().getName();
    return job != null && job.request.requestedBy().equals(me)
        ? Optional.of(job)
        : Optional.empty();
  }
}
