package org.veedor.platform.nodes;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The work this node owns, through leases in the database: work taken here is renewed every five
 * seconds while the node lives; a node that dies stops renewing, and 30 seconds later any node may
 * take its work over (each piece of work is looked for by its own service, every ten seconds). A
 * node is named afresh at each start ({@code jboss.node.name} and a random suffix), so a restarted
 * node never mistakes its previous life's leases for work it is doing: it waits for them to expire
 * like any other node. A node that finds at a renewal that another took its work over (it paused
 * past the expiry) forgets it: the work checks {@link #holds} before each step and stops. A node
 * stopped in order gives nothing up itself: each piece of work gives its lease up when its task
 * ends, after its last step committed, so no other node starts it while a step is still running.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class WorkLeases {

  private static final Logger LOG = Logger.getLogger(WorkLeases.class.getName());

  @Inject LeaseRows rows;

  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private String node;

  @PostConstruct
  void name() {
    String base = System.getProperty("jboss.node.name", "veedor");
    node = base + "/" + UUID.randomUUID().toString().substring(0, 8);
    LOG.info(() -> "this node is " + node);
  }

  /** This node's name for this start. */
  public String node() {
    return node;
  }

  /**
   * Takes the work when nobody holds it, or when its holder stopped renewing it; false when a live
   * node holds it, this one included.
   */
  public boolean take(String work) {
    if (held.contains(work)) {
      return false;
    }
    boolean taken = rows.takeOver(work, node) || rows.insert(work, node);
    if (taken) {
      held.add(work);
    }
    return taken;
  }

  /** Whether this node holds the work now. */
  public boolean holds(String work) {
    return held.contains(work);
  }

  /** The node that holds the work, if a live one does. */
  public Optional<String> holder(String work) {
    return rows.holder(work);
  }

  /** Gives the work up: it is done, or this node stops it for another to go on. */
  public void release(String work) {
    held.remove(work);
    try {
      rows.release(work, node);
    } catch (RuntimeException e) {
      // the lease expires by itself when it is no longer renewed
      LOG.log(Level.WARNING, "the lease of " + work + " could not be given up now", e);
    }
  }

  /**
   * Stops renewing the work's lease and leaves it to expire by itself, 30 seconds after its last
   * renewal: for work that must not be done again by another node just after it (its timer fired a
   * moment later), while this node's transaction may still be committing.
   */
  public void letExpire(String work) {
    held.remove(work);
  }

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "lease heartbeat")
  void heartbeat() {
    for (String work : Set.copyOf(held)) {
      if (!rows.renew(work, node) && held.remove(work)) {
        LOG.warning(
            () -> work + ": another node took it over after this one paused; it stops here");
      }
    }
  }
}
