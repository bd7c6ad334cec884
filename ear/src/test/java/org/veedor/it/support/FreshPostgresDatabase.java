package org.veedor.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Drops and creates the databases of the PostgreSQL suites (the demonstration world's and the new
 * install's) before they run, so that every run starts from an empty schema that Flyway migrates.
 * Run by the build, not a test.
 */
public final class FreshPostgresDatabase {

  private FreshPostgresDatabase() {}

  public static void main(String[] args) throws SQLException {
    String adminUrl = args[0];
    String user = args[1];
    for (int i = 2; i < args.length; i++) {
      fresh(adminUrl, user, args[i]);
    }
  }

  public static void fresh(String adminUrl, String user, String database) throws SQLException {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unsafe database name: " + database);
    }
    Properties credentials = new Properties();
    credentials.setProperty("user", user);
    // the driver directly: DriverManager does not see drivers of the build's class loader
    try (Connection c = new org.postgresql.Driver().connect(adminUrl, credentials);
        Statement s = c.createStatement()) {
      s.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
              + database
              + "'");
      s.execute("drop database if exists " + database);
      s.execute("create database " + database);
    }
    System.out.println("fresh PostgreSQL database " + database);
  }
}
