package org.veedor.it.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.audit.application.AuditQueries;
import org.veedor.audit.domain.Verification;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.domain.ComplaintFilter;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.identity.AsAuditor;
import org.veedor.platform.paging.PageRequest;

/**
 * In the container: a stored event changed behind the application's back breaks the chain there.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTamperingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.audit");
  }

  @Inject AuditQueries audit;
  @Inject ComplaintQueries complaints;
  @Inject AsAuditor auditor;

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  private boolean onPostgresql() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
  }

  private void rewrite(long id, String detail, boolean bypassGuard) throws Exception {
    auditor.call(
        () -> {
          if (bypassGuard) {
            em.createNativeQuery("set local session_replication_role = replica").executeUpdate();
          }
          return em.createNativeQuery("update audit_event set detail = ?1 where id = ?2")
              .setParameter(1, detail)
              .setParameter(2, id)
              .executeUpdate();
        });
  }

  @Test
  void shouldNameTheChangedEventWhenOneStoredEventIsAltered() throws Exception {
    auditor.call(() -> complaints.search(ComplaintFilter.none(), new PageRequest(0, 1)));
    long id =
        auditor.call(
            () ->
                em.createQuery("select max(e.id) from AuditEvent e", Long.class).getSingleResult());
    String original =
        auditor.call(
            () ->
                (String)
                    em.createNativeQuery("select detail from audit_event where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult());

    if (onPostgresql()) {
      assertThatThrownBy(() -> rewrite(id, "nothing happened", false))
          .as("the application's own connection cannot change the trail")
          .hasStackTraceContaining("append-only");
    }
    try {
      // what only the database's superuser can do: switch the guard off and change the row
      rewrite(id, "nothing happened", onPostgresql());

      Verification broken = auditor.call(() -> audit.verify());

      assertThat(broken.intact()).isFalse();
      assertThat(broken.firstBrokenId()).isEqualTo(id);
      assertThat(broken.reason()).contains("content changed");
    } finally {
      rewrite(id, original, onPostgresql());
    }
    assertThat(auditor.call(() -> audit.verify()).intact()).isTrue();
  }
}
