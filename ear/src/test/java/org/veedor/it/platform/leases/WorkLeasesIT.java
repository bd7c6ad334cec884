package org.veedor.it.platform.leases;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Deployments;
import org.veedor.platform.nodes.LeaseRows;
import org.veedor.platform.nodes.RateWindows;
import org.veedor.platform.nodes.SharedSecrets;
import org.veedor.platform.nodes.WorkLeases;

/**
 * In the container, on the suite's database: a lease belongs to one node at a time, another node
 * takes it only once its holder stopped renewing it (a holder silent for longer than the expiry is
 * simulated by moving its last renewal back), nodes racing for free work get it once; the shared
 * keys and rate windows are the same for every caller. Each test leases work of its own.
 */
@ExtendWith(ArquillianExtension.class)
class WorkLeasesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.platform.leases");
  }

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  @Inject LeaseRows rows;
  @Inject WorkLeases leases;
  @Inject SharedSecrets secrets;
  @Inject RateWindows windows;

  private String work;

  @BeforeEach
  void newWork() {
    work = "test:" + UUID.randomUUID();
  }

  @Test
  void shouldLeaveALiveNodesWorkToItAndHandOverWhatItStoppedRenewing() throws SQLException {
    assertThat(rows.insert(work, "node-1")).isTrue();

    assertThat(rows.insert(work, "node-2")).as("a second insert of held work").isFalse();
    assertThat(rows.takeOver(work, "node-2")).as("held and renewed").isFalse();
    assertThat(rows.holder(work)).contains("node-1");

    silence(work, Duration.ofSeconds(LeaseRows.EXPIRES_AFTER_SECONDS + 5));
    assertThat(rows.holder(work)).as("a holder silent past the expiry").isEmpty();
    assertThat(rows.takeOver(work, "node-2")).isTrue();
    assertThat(rows.holder(work)).contains("node-2");

    rows.release(work, "node-1");
    assertThat(rows.holder(work))
        .as("the earlier holder cannot give up what it lost")
        .contains("node-2");
    rows.release(work, "node-2");
    assertThat(rows.holder(work)).isEmpty();
  }

  @Test
  void shouldGiveFreeWorkToOneOfManyNodesTakingItAtOnce() throws Exception {
    int nodes = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    try {
      List<Future<Boolean>> taken = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        String node = "node-" + i;
        Callable<Boolean> take =
            () -> {
              start.await();
              return rows.takeOver(work, node) || rows.insert(work, node);
            };
        taken.add(pool.submit(take));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> one : taken) {
        winners += one.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
      assertThat(rows.holder(work)).isPresent();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldNotLetThisNodeTakeWorkItAlreadyDoes() {
    assertThat(leases.take(work)).isTrue();
    assertThat(leases.take(work)).as("taken again while held").isFalse();
    assertThat(leases.holder(work)).contains(leases.node());

    leases.release(work);
    assertThat(leases.holder(work)).isEmpty();
    assertThat(leases.take(work)).isTrue();
    leases.release(work);
  }

  @Test
  void shouldShareOneKeyPerNameAndCountOneWindowPerAddressAndPurpose() {
    assertThat(secrets.key("test-key")).hasSize(32).isEqualTo(secrets.key("test-key"));
    assertThat(secrets.key("test-key")).isNotEqualTo(secrets.key("test-other-key"));

    String address = "198.51.100." + (int) (Math.random() * 200);
    String purpose = "test-" + UUID.randomUUID();
    Duration hour = Duration.ofHours(1);
    assertThat(windows.take(purpose, address, 2, hour)).isZero();
    assertThat(windows.take(purpose, address, 2, hour)).isZero();
    assertThat(windows.take(purpose, address, 2, hour)).isPositive().isLessThanOrEqualTo(hour);
    assertThat(windows.take(purpose, address + "0", 2, hour)).as("another address").isZero();
    assertThat(windows.take(purpose + "-other", address, 2, hour)).as("another purpose").isZero();
  }

  /** Moves the lease's last renewal back, as if its holder had been silent this long. */
  private void silence(String work, Duration silent) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("update work_lease set renewed_at = ? where work = ?")) {
      update.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minus(silent));
      update.setString(2, work);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
