package org.veedor.platform;

/** Configuration from the server: a system property first, then an environment variable. */
public final class Config {

  private Config() {}

  public static String get(String property, String environmentVariable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentVariable);
    }
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
