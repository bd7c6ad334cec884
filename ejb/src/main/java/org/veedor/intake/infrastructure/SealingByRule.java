package org.veedor.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.veedor.identity.domain.AccessPolicy;

/**
 * Schema migration 16.1: the complaints registered before the sealed state was kept get it from the
 * access policy's own sealing rule, so the rule is not written again in SQL.
 */
@ApplicationScoped
public class SealingByRule implements JavaMigration {

  private static final int BATCH = 1000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("16.1");
  }

  @Override
  public String getDescription() {
    return "seal cases by the access policy's rule";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement facts = connection.createStatement();
        PreparedStatement seal =
            connection.prepareStatement("update complaint set sealed = true where id = ?")) {
      facts.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet row =
          facts.executeQuery(
              "select c.id, c.organized_crime_link, exists (select 1 from allegation a"
                  + " join allegation_category g on g.id = a.category_id"
                  + " where a.complaint_id = c.id and g.category_group = 'CORRUPTION')"
                  + " from complaint c")) {
        while (row.next()) {
          if (AccessPolicy.sealedByRule(row.getBoolean(2), row.getBoolean(3))) {
            seal.setLong(1, row.getLong(1));
            seal.addBatch();
            if (++pending == BATCH) {
              seal.executeBatch();
              pending = 0;
            }
          }
        }
      }
      if (pending > 0) {
        seal.executeBatch();
      }
    }
  }
}
