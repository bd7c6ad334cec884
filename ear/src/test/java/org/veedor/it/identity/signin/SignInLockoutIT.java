package org.veedor.it.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.audit.application.AuditChainer;
import org.veedor.audit.application.AuditQueries;
import org.veedor.audit.domain.StoredEvent;
import org.veedor.identity.domain.PasswordDigest;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.identity.AsAuditor;
import org.veedor.platform.paging.PageRequest;

/**
 * In the container, with HTTP Basic against the running server: failed sign-ins lock an account
 * with back-off, a locked account refuses even the right password, and every attempt reaches the
 * chained audit trail. Each test signs in as a user of its own, so no demo user is ever locked.
 */
@ExtendWith(ArquillianExtension.class)
class SignInLockoutIT {

  private static final String PASSWORD = "right horse battery staple";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.identity.signin");
  }

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  @Inject AuditQueries audit;
  @Inject AsAuditor auditor;
  @Inject AuditChainer inbox;

  private String user;

  @BeforeEach
  void createUser() throws SQLException {
    user = "probe-" + UUID.randomUUID().toString().substring(0, 8);
    PasswordDigest digest = PasswordDigest.of(PASSWORD.toCharArray());
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into app_user (username, display_name, password_digest, password_salt,"
                    + " password_iterations, enabled, version) values (?, ?, ?, ?, ?, true, 0)");
        PreparedStatement role =
            c.prepareStatement(
                "insert into app_user_role (username, role_name) values (?, 'INTAKE')")) {
      insert.setString(1, user);
      insert.setString(2, "Sign-in probe");
      insert.setString(3, digest.digest());
      insert.setString(4, digest.salt());
      insert.setInt(5, digest.iterations());
      insert.executeUpdate();
      role.setString(1, user);
      role.executeUpdate();
    }
  }

  private int call(String password) {
    return Api.as(user, password).get("complaints?size=1").status();
  }

  @Test
  void shouldLockTheAccountAfterFiveFailuresAndRefuseEvenTheRightPasswordWhileLocked()
      throws Exception {
    assertThat(call(PASSWORD)).isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      assertThat(call("guess " + i)).isEqualTo(401);
    }
    assertThat(call(PASSWORD)).as("right password while locked").isEqualTo(401);

    Duration lock = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), lockedUntil());
    assertThat(lock).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(31));

    List<StoredEvent> events = trailOf(user);
    assertThat(events)
        .extracting(e -> e.type() + "/" + e.outcome())
        .containsExactly(
            "LOGIN_SUCCEEDED/SUCCESS",
            "LOGIN_FAILED/FAILURE",
            "LOGIN_FAILED/FAILURE",
            "LOGIN_FAILED/FAILURE",
            "LOGIN_FAILED/FAILURE",
            "ACCOUNT_LOCKED/FAILURE",
            "LOGIN_FAILED/DENIED");
    assertThat(events.get(5).detail()).contains("5 in a row", "locked until");
    assertThat(auditor.call(() -> audit.verify()).intact()).isTrue();
  }

  @Test
  void shouldDoubleTheLockAfterEachFurtherFailureAndClearItOnTheNextSuccess() throws Exception {
    for (int i = 0; i < 5; i++) {
      call("guess " + i);
    }
    expireLock();

    assertThat(call("one more guess")).isEqualTo(401);

    Duration second = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), lockedUntil());
    assertThat(second).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));

    expireLock();
    assertThat(call(PASSWORD)).isEqualTo(200);
    assertThat(failures()).isZero();
    assertThat(call("a slip")).isEqualTo(401);
    assertThat(call(PASSWORD)).as("one slip does not lock").isEqualTo(200);
  }

  @Test
  void shouldRecordAttemptsForUnknownUsersWithoutCreatingThem() throws Exception {
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

    assertThat(Api.as(nobody, "whatever").get("complaints?size=1").status()).isEqualTo(401);

    assertThat(trailOf(nobody))
        .extracting(e -> e.type() + "/" + e.outcome())
        .containsExactly("LOGIN_FAILED/NOT_FOUND");
  }

  @Test
  void shouldChainEachSignInOnceWhenTwoDrainsRunAtOnce() throws Exception {
    // two drains at once, as two nodes would run them; three rounds to give a race its chances
    for (int round = 0; round < 3; round++) {
      String probe = "drain-" + UUID.randomUUID().toString().substring(0, 8);
      try (Connection c = dataSource.getConnection();
          PreparedStatement insert =
              c.prepareStatement(
                  "insert into sign_in_attempt (occurred_at, username, outcome,"
                      + " failures_in_a_row) values (?, ?, 'UNKNOWN_USER', 0)")) {
        for (int i = 0; i < 40; i++) {
          insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
          insert.setString(2, probe);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService nodes = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> drains = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
          drains.add(
              nodes.submit(
                  () -> {
                    together.await();
                    return inbox.drain();
                  }));
        }
        for (Future<Integer> drain : drains) {
          // each drain chains whatever waits, the application's own events too
          assertThat(drain.get(1, TimeUnit.MINUTES)).isNotNegative();
        }
      } finally {
        nodes.shutdownNow();
      }
      assertThat(trailOf(probe)).as("each attempt in the trail once").hasSize(40);
    }
    assertThat(auditor.call(() -> audit.verify()).intact()).isTrue();
  }

  @Test
  void shouldStoreAnOldDigestAgainAtTodaysIterationsAndForgetAPasswordWhenTheAccountChanges()
      throws Exception {
    // a digest of the first wave: 120,000 iterations
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    byte[] old =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new javax.crypto.spec.PBEKeySpec(PASSWORD.toCharArray(), salt, 120_000, 256))
            .getEncoded();
    update(
        "update app_user set password_digest = ?, password_salt = ?, password_iterations = 120000"
            + " where username = ?",
        java.util.Base64.getEncoder().encodeToString(old),
        java.util.Base64.getEncoder().encodeToString(salt),
        user);

    assertThat(call(PASSWORD)).isEqualTo(200);
    assertThat(iterations()).as("stored again at the sign-in").isEqualTo(PasswordDigest.ITERATIONS);
    assertThat(call(PASSWORD)).as("and still the same password").isEqualTo(200);

    // a remembered password ends when the account changes: disabled, then a new password
    update("update app_user set enabled = false where username = ?", user);
    assertThat(call(PASSWORD)).as("disabled").isEqualTo(401);
    update("update app_user set enabled = true where username = ?", user);
    assertThat(call(PASSWORD)).isEqualTo(200);
    PasswordDigest changed = PasswordDigest.of("a new password for this test".toCharArray());
    update(
        "update app_user set password_digest = ?, password_salt = ?, password_iterations = ?"
            + " where username = ?",
        changed.digest(),
        changed.salt(),
        changed.iterations(),
        user);
    assertThat(call(PASSWORD)).as("the old password, remembered a moment ago").isEqualTo(401);
    assertThat(call("a new password for this test")).isEqualTo(200);
  }

  private void update(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      update.executeUpdate();
    }
  }

  private int iterations() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("select password_iterations from app_user where username = ?")) {
      select.setString(1, user);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** The sign-in events of a user, oldest first. */
  private List<StoredEvent> trailOf(String username) throws Exception {
    List<StoredEvent> newestFirst =
        auditor.call(
            () -> audit.list(username, null, null, null, null, new PageRequest(0, 50)).items());
    List<StoredEvent> chronological = new ArrayList<>(newestFirst);
    // only the sign-ins (the probe's successful call also read a page of cases)
    chronological.removeIf(e -> !e.type().startsWith("LOGIN") && !e.type().startsWith("ACCOUNT"));
    Collections.reverse(chronological);
    return chronological;
  }

  private OffsetDateTime lockedUntil() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("select locked_until from app_user where username = ?")) {
      select.setString(1, user);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getObject(1, OffsetDateTime.class);
      }
    }
  }

  private int failures() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("select failed_logins from app_user where username = ?")) {
      select.setString(1, user);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** The lock runs out (as it would after its time): only the time moves, not the count. */
  private void expireLock() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("update app_user set locked_until = ? where username = ?")) {
      update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
      update.setString(2, user);
      update.executeUpdate();
    }
  }
}
