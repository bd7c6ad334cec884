package org.veedor.platform;

import java.nio.file.Path;

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

  /**
   * A folder under Veedor's data folder ({@code veedor.data.dir} or {@code VEEDOR_DATA_DIR}, {@code
   * data} in the server's working folder when neither is set).
   */
  public static Path dataFolder(String name) {
    return Path.of(get("veedor.data.dir", "VEEDOR_DATA_DIR", "data"), name);
  }
}
