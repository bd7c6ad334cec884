package org.veedor.intake.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.veedor.platform.protection.FieldCipher;
import org.veedor.platform.protection.PersonalDataKey;

/**
 * At start, seals complainant data still stored in clear (written before field encryption, or
 * loaded by hand), so that none stays readable at rest. Also proves at start that the configured
 * key is there: without one the deployment fails instead of accepting complaints it cannot protect.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ComplainantDataSealing {

  private static final Logger LOG = Logger.getLogger(ComplainantDataSealing.class.getName());
  private static final int BATCH = 1000;
  private static final String[] COLUMNS = {
    "complainant_name", "complainant_email", "complainant_phone"
  };

  @PersistenceContext EntityManager em;

  @PostConstruct
  void sealWhatIsInClear() {
    FieldCipher cipher = PersonalDataKey.cipher();
    int sealed = 0;
    for (String column : COLUMNS) {
      List<?> rows;
      do {
        rows =
            em.createNativeQuery(
                    "select id, "
                        + column
                        + " from complaint where "
                        + column
                        + " is not null and "
                        + column
                        + " not like 'pd1:%' order by id")
                .setMaxResults(BATCH)
                .getResultList();
        for (Object row : rows) {
          Object[] values = (Object[]) row;
          em.createNativeQuery("update complaint set " + column + " = ?1 where id = ?2")
              .setParameter(1, cipher.seal((String) values[1]))
              .setParameter(2, ((Number) values[0]).longValue())
              .executeUpdate();
        }
        sealed += rows.size();
      } while (rows.size() == BATCH);
    }
    int total = sealed;
    LOG.info(() -> "complainant personal data sealed at rest (" + total + " values sealed now)");
  }
}
