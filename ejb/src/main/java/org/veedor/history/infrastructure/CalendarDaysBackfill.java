package org.veedor.history.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.veedor.history.domain.ImportMapping;
import org.veedor.platform.settings.PlatformSettings;

/**
 * Schema migration 18.1: the complaints kept before their calendar days were get them, each in its
 * zone: a complaint imported through a mapping shipped with Veedor in that mapping's zone (the
 * source system's), any other in the deployment's ({@code veedor.zone}).
 */
@ApplicationScoped
public class CalendarDaysBackfill implements JavaMigration {

  private static final int BATCH = 1000;

  @Inject PlatformSettings settings;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("18.1");
  }

  @Override
  public String getDescription() {
    return "calendar days of receipt and closure in each record's zone";
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
    Map<String, ZoneId> sourceZones = shippedSourceZones();
    ZoneId deployment = settings.zone();
    Connection connection = context.getConnection();
    try (Statement read = connection.createStatement();
        PreparedStatement write =
            connection.prepareStatement(
                "update complaint set record_zone = ?, received_on = ?, closed_on = ?"
                    + " where id = ?")) {
      read.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet row =
          read.executeQuery("select id, source_system, received_at, closed_at from complaint")) {
        while (row.next()) {
          ZoneId zone = sourceZones.getOrDefault(row.getString(2), deployment);
          OffsetDateTime received = row.getObject(3, OffsetDateTime.class);
          OffsetDateTime closed = row.getObject(4, OffsetDateTime.class);
          write.setString(1, zone.getId());
          write.setObject(2, received.atZoneSameInstant(zone).toLocalDate());
          if (closed == null) {
            write.setNull(3, Types.DATE);
          } else {
            write.setObject(3, closed.atZoneSameInstant(zone).toLocalDate());
          }
          write.setLong(4, row.getLong(1));
          write.addBatch();
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }

  /** The zone of each source system a shipped mapping imports from. */
  private static Map<String, ZoneId> shippedSourceZones() {
    Map<String, ZoneId> zones = new HashMap<>();
    for (String name : ImportMapping.SHIPPED) {
      Optional<String> text = ImportMapping.shippedText(name);
      if (text.isPresent()) {
        ImportMapping mapping = ImportMapping.read(new StringReader(text.get()));
        zones.put(mapping.source(), mapping.zone());
      }
    }
    return zones;
  }
}
