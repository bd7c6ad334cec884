package org.veedor.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Viewer;
import org.veedor.platform.settings.PlatformSettings;
import org.veedor.reporting.domain.QuarterlyReport;

/**
 * Where quarterly reports are kept: their rows, each change in a transaction of its own (the build
 * runs in the background and its progress must be seen while it runs), and their PDFs under the
 * data folder ({@code reports/}). Each reader keeps their twenty newest finished reports. Only
 * {@link QuarterlyReports} calls it; the access rule (a report is its reader's) is applied there.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class QuarterlyReportArchive {

  private static final Logger LOG = Logger.getLogger(QuarterlyReportArchive.class.getName());
  static final int KEPT = 20;

  /** A report cut short by a restart, with what building it again needs. */
  public record Interrupted(
      QuarterlyReports.Job job, Map<String, String> labels, Optional<Viewer> reader) {}

  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject Clock clock;
  @Inject PlatformSettings platform;

  /** Records a new request; the reader's older finished reports beyond the kept ones go. */
  public QuarterlyReports.Job create(QuarterlyReport report) {
    em.persist(report);
    List<QuarterlyReport> old =
        em.createQuery(
                "select r from QuarterlyReport r where r.requestedBy = :reader and r.state <> :running"
                    + " order by r.requestedAt desc, r.id",
                QuarterlyReport.class)
            .setParameter("reader", report.requestedBy())
            .setParameter("running", QuarterlyReport.State.RUNNING)
            .setFirstResult(KEPT - 1)
            .getResultList();
    for (QuarterlyReport gone : old) {
      em.remove(gone);
      try {
        Files.deleteIfExists(file(gone.id()));
      } catch (IOException e) {
        LOG.log(Level.WARNING, "quarterly report " + gone.id() + ": PDF not deleted", e);
      }
    }
    return view(report);
  }

  public void progress(String id, int percent) {
    QuarterlyReport report = em.find(QuarterlyReport.class, id);
    if (report != null) {
      report.progress(percent);
    }
  }

  /** Writes the PDF (whole, or not at all) and marks the report done. */
  public void done(String id, byte[] pdf) {
    QuarterlyReport report = em.find(QuarterlyReport.class, id);
    if (report == null) {
      return; // pushed out by newer reports while it was built
    }
    Path target = file(id);
    try {
      Files.createDirectories(target.getParent());
      Path part = target.resolveSibling(id + "." + UUID.randomUUID() + ".part");
      Files.write(part, pdf);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be written to " + target, e);
    }
    report.done(clock.instant(), pdf.length);
  }

  public void fail(String id, String reason) {
    QuarterlyReport report = em.find(QuarterlyReport.class, id);
    if (report != null) {
      report.fail(clock.instant(), reason);
    }
  }

  public Optional<QuarterlyReports.Job> find(String id) {
    return Optional.ofNullable(em.find(QuarterlyReport.class, id))
        .map(QuarterlyReportArchive::view);
  }

  /** The finished PDF, when its file is there. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<byte[]> pdf(String id) {
    Path file = file(id);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be read from " + file, e);
    }
  }

  /** A reader's reports, newest first. */
  public List<QuarterlyReports.Job> of(String reader) {
    return em.createQuery(
            "select r from QuarterlyReport r where r.requestedBy = :reader"
                + " order by r.requestedAt desc, r.id",
            QuarterlyReport.class)
        .setParameter("reader", reader)
        .setMaxResults(KEPT + 5)
        .getResultStream()
        .map(QuarterlyReportArchive::view)
        .toList();
  }

  /** The reports being built (by this node or another), oldest first. */
  public List<String> running() {
    return em.createQuery(
            "select r.id from QuarterlyReport r where r.state = :running order by r.requestedAt",
            String.class)
        .setParameter("running", QuarterlyReport.State.RUNNING)
        .getResultList();
  }

  /**
   * A report whose builder stopped (a node killed or stopped), counted as resumed, with the reader
   * as the access rules see them now (empty when the reader is no longer enabled); empty when it
   * was finished meanwhile.
   */
  public Optional<Interrupted> resume(String id) {
    QuarterlyReport r = em.find(QuarterlyReport.class, id);
    if (r == null || r.state() != QuarterlyReport.State.RUNNING) {
      return Optional.empty();
    }
    r.resumed();
    return Optional.of(new Interrupted(view(r), labels(r.labels()), viewers.of(r.requestedBy())));
  }

  static String json(Map<String, String> labels) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    labels.forEach(json::add);
    return json.build().toString();
  }

  static Map<String, String> labels(String json) {
    Map<String, String> labels = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      reader.readObject().forEach((k, v) -> labels.put(k, ((JsonString) v).getString()));
    }
    return labels;
  }

  private Path file(String id) {
    if (!id.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("not a report id: " + id);
    }
    return platform.dataFolder("reports").resolve(id + ".pdf");
  }

  private static QuarterlyReports.Job view(QuarterlyReport r) {
    return new QuarterlyReports.Job(
        r.id(),
        r.year(),
        r.quarter(),
        r.territory(),
        r.requestedBy(),
        r.requestedAt(),
        r.state().name(),
        r.progress(),
        r.failure(),
        r.finishedAt(),
        r.resumptions());
  }
}
