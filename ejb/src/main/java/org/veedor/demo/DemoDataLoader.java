package org.veedor.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.veedor.identity.application.AccountSeeding;
import org.veedor.intake.application.ComplaintSeeding;
import org.veedor.intake.application.LifecyclePlacement;
import org.veedor.officers.application.OrganisationSeeding;
import org.veedor.platform.settings.PlatformSettings;
import org.veedor.search.application.CaseIndex;

/**
 * Loads the demonstration world on the first start of a demo server ({@code veedor.demo=true} or
 * {@code VEEDOR_DEMO=true}): only into an empty database, and in one transaction, so that a start
 * interrupted half-way leaves nothing and the next start loads it whole.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "ProcessEngineBootstrap", "CaseIndex"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(
    ConcurrencyManagementType.BEAN) // loads one at a time; the background work runs beside
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  @Resource TimerService timers;
  @Inject LifecyclePlacement lifecycles;
  @Inject CaseIndex index;
  @Inject DemoSettings settings;
  @Inject PlatformSettings platform;
  private volatile boolean stopping;
  private volatile boolean starting;

  @PostConstruct
  void loadOnFirstStart() {
    if (!settings.enabled()) {
      return;
    }
    starting = true;
    try {
      loadIfEmpty(settings.complaints());
    } finally {
      starting = false;
    }
    afterwards();
  }

  /** The world's index and lifecycles, in the background. */
  private void afterwards() {
    timers.createSingleActionTimer(1_000, new TimerConfig("demo index and lifecycles", false));
  }

  /**
   * After the start, in the background: gives every open demo complaint that has none its
   * lifecycle, each in a transaction of its own (see {@link LifecyclePlacement}); an interrupted
   * run goes on where it stopped at the next start.
   */
  @Timeout
  void indexAndAttachLifecycles(Timer timer) {
    // the index first: a mass reindex running beside the lifecycles' changes could write a
    // complaint as it was before them
    index.buildIfEmpty();
    if (settings.lifecycles()) {
      attachLifecycles();
    }
  }

  private void attachLifecycles() {
    long started = System.nanoTime();
    int attached = 0;
    int failed = 0;
    long last = 0;
    List<Long> batch;
    while (!stopping && !(batch = lifecycles.openWithoutLifecycle(null, last, 200)).isEmpty()) {
      for (long id : batch) {
        if (stopping) {
          break;
        }
        try {
          lifecycles.placeAtStage(id);
          attached++;
        } catch (RuntimeException e) {
          failed++;
          LOG.log(Level.WARNING, "demonstration complaint " + id + ": no lifecycle attached", e);
        }
        last = id;
        if ((attached + failed) % 500 == 0) {
          LOG.info(String.format("demonstration lifecycles: %d started so far", attached));
        }
      }
    }
    if (attached + failed > 0) {
      int done = attached;
      int refused = failed;
      LOG.info(
          () ->
              String.format(
                  "demonstration lifecycles: %d open complaints placed at their stage in %d ms"
                      + " (%d failed)",
                  done, (System.nanoTime() - started) / 1_000_000, refused));
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
  }

  /**
   * Loads the demonstration world at a scale if the database holds no units, officers or
   * complaints.
   *
   * @return whether it loaded anything
   */
  @RolesAllowed("ADMIN") // identity's role name; the demo sees identity's application side only
  public synchronized boolean loadIfEmpty(int complaints) {
    DemoWorld world =
        DemoWorld.ofComplaints(complaints).withPersonalDataSealed().withCasesAssigned();
    try (Connection connection = dataSource.getConnection()) {
      if (!isEmpty(connection)) {
        LOG.info("demonstration data: the database already holds data, nothing loaded");
        return false;
      }
      long started = System.nanoTime();
      connection.setAutoCommit(false);
      try {
        DemoWorld.Summary summary = world.writeTo(connection, platform.zone());
        int users = DemoUsers.writeTo(connection);
        connection.commit();
        if (!starting) {
          afterwards();
        }
        LOG.info(
            () ->
                String.format(
                    "demonstration data loaded in %d ms: %s and %d users (password \"%s\")",
                    (System.nanoTime() - started) / 1_000_000, summary, users, DemoUsers.PASSWORD));
        return true;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("demonstration data could not be loaded", e);
    }
  }

  private static boolean isEmpty(Connection connection) throws SQLException {
    return !OrganisationSeeding.holdsAny(connection)
        && !ComplaintSeeding.holdsAny(connection)
        && !AccountSeeding.holdsAny(connection);
  }
}
