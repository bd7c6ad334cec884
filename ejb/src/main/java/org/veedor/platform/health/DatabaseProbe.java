package org.veedor.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;

/** The database gives a connection that answers within two seconds. */
@ApplicationScoped
public class DatabaseProbe implements Probe {

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  @Override
  public String name() {
    return "database";
  }

  @Override
  public Optional<String> trouble() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2) ? Optional.empty() : Optional.of("no answer within two seconds");
    } catch (Exception e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }
}
