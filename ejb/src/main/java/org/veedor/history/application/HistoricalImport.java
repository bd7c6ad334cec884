package org.veedor.history.application;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.veedor.audit.application.AuditTrail;
import org.veedor.history.domain.Finding;
import org.veedor.history.domain.ImportMapping;
import org.veedor.history.domain.ImportRefusal;
import org.veedor.history.domain.ImportRun;
import org.veedor.history.domain.MappingException;
import org.veedor.history.domain.SourceExport;
import org.veedor.history.infrastructure.ImportUploads;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.application.LifecyclePlacement;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.csv.CsvFormatException;
import org.veedor.platform.nodes.WorkLeases;

/**
 * Imports another system's export: the files are read and checked against the mapping at once (a
 * file that does not fit is refused before anything is written), then the complaints are written in
 * the background, batch by batch, with the run's progress in the database; open complaints then get
 * the lifecycle their status says. One import runs at a time; importing the same export again adds
 * nothing. The node that runs the import holds its lease ({@link WorkLeases}), which is also the
 * one-import-at-a-time guard of every node on the database. An import whose node was killed or
 * stopped is taken over within a minute by whichever node takes the expired lease (this one after a
 * restart, or another) and goes on from its last committed batch, with the files it was given (kept
 * under the data folder, which the nodes share, while it runs).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "ProcessEngineBootstrap", "CaseIndex", "WorkLeases"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.ADMIN)
public class HistoricalImport {

  private static final Logger LOG = Logger.getLogger(HistoricalImport.class.getName());
  private static final int BATCH = 200;

  /** The lease of the import: one at a time on the whole install. */
  private static final String WORK = "import";

  /** The mappings shipped with Veedor. */
  public static final List<String> SHIPPED = ImportMapping.SHIPPED;

  @Resource SessionContext session;
  @Resource TimerService timers;
  @Inject ImportUploads uploads;
  @PersistenceContext EntityManager em;
  @Inject ImportSteps steps;
  @Inject LifecyclePlacement lifecycles;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject WorkLeases leases;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  private volatile boolean stopping;

  /** The mapping shipped under this name, as its file reads. */
  public Optional<String> shippedMapping(String name) {
    return ImportMapping.shippedText(name);
  }

  /**
   * Starts an import of the export's files (by their roles in the mapping).
   *
   * @param mappingJson the mapping file's text
   * @return the run, just started
   * @throws InvalidInputException when the mapping or a file does not fit (nothing is written)
   * @throws ConflictException when another import is running
   */
  public ImportRunView start(String mappingJson, Map<String, InputStream> files) {
    Map<String, byte[]> uploaded = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, InputStream> file : files.entrySet()) {
        uploaded.put(file.getKey(), file.getValue().readAllBytes());
      }
    } catch (IOException e) {
      throw new InvalidInputException("file", InputReason.UNREADABLE_FILE);
    }
    ImportMapping mapping;
    SourceExport export;
    try {
      mapping = ImportMapping.read(new java.io.StringReader(mappingJson));
      Set<String> unknown = new TreeSet<>(mapping.categoryCodes());
      unknown.removeAll(
          em.createQuery("select c.code from AllegationCategory c", String.class).getResultList());
      if (!unknown.isEmpty()) {
        throw new MappingException(ImportRefusal.UNKNOWN_CATEGORIES, unknown.toString());
      }
      export = read(mapping, uploaded);
      Set<String> roles =
          new TreeSet<>(Set.of(mapping.complaints().role(), mapping.accused().role()));
      mapping.complainants().ifPresent(spec -> roles.add(spec.role()));
      uploaded.keySet().retainAll(roles); // only what the import reads is kept
    } catch (MappingException e) {
      throw new InvalidInputException("mapping", e.reason(), e.arguments());
    } catch (CsvFormatException e) {
      throw new InvalidInputException("file", e.reason(), e.arguments());
    } catch (IOException e) {
      throw new InvalidInputException("file", InputReason.UNREADABLE_FILE);
    }
    String importer = session.getCallerPrincipal().getName();
    long runId;
    if (!leases.take(WORK)) {
      List<Long> running = steps.cutShort();
      throw new ConflictException(
          ImportRefusal.STILL_RUNNING,
          running.isEmpty() ? "?" : String.valueOf(running.get(running.size() - 1)));
    }
    try {
      // the files are on disk before the run is acknowledged, and the run's own once it exists
      java.nio.file.Path staged = uploads.stage(mappingJson, uploaded);
      try {
        runId = steps.begin(mapping, export, importer);
      } catch (RuntimeException e) {
        uploads.discard(staged);
        throw e;
      }
      try {
        uploads.keep(staged, runId);
      } catch (UncheckedIOException e) {
        steps.fail(runId, e.getMessage());
        throw e;
      }
    } catch (RuntimeException e) {
      leases.release(WORK);
      throw e;
    }
    ImportSteps.Context context = new ImportSteps.Context(mapping, importer, runId);
    submit(() -> run(context, export, 0));
    return run(runId).orElseThrow();
  }

  /** A run as it stands. */
  public Optional<ImportRunView> run(long id) {
    return Optional.ofNullable(em.find(ImportRun.class, id)).map(ImportRunView::of);
  }

  /** The most recent runs, newest first. */
  public List<ImportRunView> runs() {
    return em
        .createQuery("select r from ImportRun r order by r.id desc", ImportRun.class)
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(ImportRunView::of)
        .toList();
  }

  /** What a run rejected or took with warnings, in file and line order. */
  public List<Finding> findings(long id, int max) {
    List<Finding> findings = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select severity, file_role, line_number, record_key, reason from import_rejection"
                    + " where run_id = ?1 order by file_role, line_number, id")
            .setParameter(1, id)
            .setMaxResults(Math.max(1, Math.min(max, 10_000)))
            .getResultList();
    for (Object[] row : rows) {
      findings.add(
          new Finding(
              Finding.Severity.valueOf((String) row[0]),
              (String) row[1],
              ((Number) row[2]).intValue(),
              (String) row[3],
              (String) row[4]));
    }
    return findings;
  }

  /**
   * Every ten seconds: when an import is still running and its lease is free (its node was killed
   * or stopped), this node takes it over; the runs go on with the files they were given, from the
   * last batch they committed (one at a time, oldest first); a run whose files are gone ends as
   * failed and says how to finish it.
   */
  @Timeout
  @PermitAll
  void takeOverAbandoned() {
    if (stopping || steps.cutShort().isEmpty() || !leases.take(WORK)) {
      return;
    }
    submit(this::resumeCutShort);
  }

  /** Runs the import's work in the background, and gives its lease up when it ends. */
  private void submit(Runnable work) {
    try {
      executor.submit(
          () -> {
            try {
              work.run();
            } finally {
              leases.release(WORK);
            }
          });
    } catch (RuntimeException e) {
      leases.release(WORK); // the executor refused it (the server is stopping): another goes on
      throw e;
    }
  }

  private void resumeCutShort() {
    for (long runId : steps.cutShort()) {
      Optional<ImportUploads.Kept> kept = uploads.read(runId);
      if (kept.isEmpty()) {
        steps.fail(
            runId,
            "cut short by a restart and its files were not kept: import the same files again"
                + " (complaints already imported are not imported twice)");
        continue;
      }
      ImportMapping mapping;
      SourceExport export;
      try {
        mapping = ImportMapping.read(new java.io.StringReader(kept.get().mappingJson()));
        export = read(mapping, kept.get().files());
      } catch (MappingException | CsvFormatException | IOException e) {
        steps.fail(runId, "its kept files could not be read again after a restart: " + e);
        uploads.discard(runId);
        continue;
      }
      int done = steps.resume(runId);
      LOG.info(
          () ->
              "import "
                  + runId
                  + ": taken over on this node (its node stopped) at "
                  + done
                  + " complaints");
      run(new ImportSteps.Context(mapping, steps.importer(runId), runId), export, done);
      if (stopping) {
        return;
      }
    }
  }

  @PostConstruct
  void afterStart() {
    timers.createIntervalTimer(3_000, 10_000, new TimerConfig("imports whose node stopped", false));
  }

  @PreDestroy
  void stop() {
    stopping = true;
  }

  private static SourceExport read(ImportMapping mapping, Map<String, byte[]> files)
      throws IOException {
    Map<String, Reader> readers = new java.util.HashMap<>();
    files.forEach(
        (role, bytes) ->
            readers.put(
                role,
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
    return SourceExport.read(mapping, readers);
  }

  /**
   * Writes the export's complaints from the given one on, then places the open ones' lifecycles.
   */
  private void run(ImportSteps.Context context, SourceExport export, int from) {
    try {
      steps.prepare(context);
      List<SourceExport.Complaint> all = export.complaints();
      for (int at = from; at < all.size(); at += BATCH) {
        if (stopping || !leases.holds(WORK)) {
          return; // the run stays RUNNING with its files; a node takes it over
        }
        steps.importBatch(context, all.subList(at, Math.min(all.size(), at + BATCH)));
      }
      steps.placingLifecycles(context.runId);
      String source = context.mapping.source();
      long last = 0;
      List<Long> batch;
      while (!(batch = lifecycles.openWithoutLifecycle(source, last, BATCH)).isEmpty()) {
        for (long id : batch) {
          if (stopping || !leases.holds(WORK)) {
            return;
          }
          try {
            lifecycles.placeAtStage(id);
          } catch (jakarta.ejb.EJBException e) {
            // the complaint stays as imported; the report says so and the run goes on
            LOG.log(Level.WARNING, "import " + context.runId + ": no lifecycle for " + id, e);
            steps.lifecycleFailed(context.runId, id, String.valueOf(e.getCause()));
          }
          steps.lifecycleStarted(context.runId);
          last = id;
        }
      }
      steps.finish(context.runId);
      uploads.discard(context.runId);
    } catch (RuntimeException e) {
      if (stopping) {
        LOG.info(() -> "import " + context.runId + ": cut short by a stop, resumed at next start");
        return;
      }
      LOG.log(Level.WARNING, "import " + context.runId + " failed", e);
      steps.fail(context.runId, e.toString());
      uploads.discard(context.runId);
    }
  }
}
