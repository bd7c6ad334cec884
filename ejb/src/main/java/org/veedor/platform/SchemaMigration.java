package org.veedor.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the database to the schema this build expects before anything else touches it, then has
 * Hibernate validate its mapping against that schema. A failure stops the deployment: better no
 * application than one that writes half-records into the wrong tables.
 */
@Singleton
@Startup
@DependsOn("SettingsCheck") // a wrong setting stops the start before the schema is migrated
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  @PersistenceUnit(unitName = "veedor")
  EntityManagerFactory entityManagerFactory;

  @Inject @Any Instance<JavaMigration> javaMigrations;

  /** The database product as our vendor folders name it: {@code h2} or {@code postgresql}. */
  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException("Veedor runs on H2 or PostgreSQL, not on " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
    }
  }

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            // shared migrations, then those of this database only
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
            .failOnMissingLocations(true)
            // data migrations the contexts write in Java, with their own rules
            .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    LOG.info("entity mapping validated against the schema");
  }
}
