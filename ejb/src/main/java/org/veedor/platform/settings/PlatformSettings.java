package org.veedor.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings every context stands on: the zone in which dates are judged, the data folder, the
 * key for personal data, and whether this is a demonstration server.
 */
@ApplicationScoped
public class PlatformSettings extends ContextSettings {

  public static final String ZONE = "veedor.zone";
  public static final String DATA_DIR = "veedor.data.dir";
  public static final String INDEX_DIR = "veedor.index.dir";
  public static final String DEMO = "veedor.demo";
  public static final String PERSONAL_DATA_KEY = "veedor.personal-data.key";
  public static final String PERSONAL_DATA_KEY_FILE = "veedor.personal-data.key-file";

  /** An AES-256 key (the cipher in {@code platform.protection} checks it again). */
  public static final int PERSONAL_DATA_KEY_BYTES = 32;

  protected PlatformSettings() {}

  public PlatformSettings(Config config) {
    super(config);
  }

  /** The server's settings, for code that no container builds (a JPA converter). */
  public static PlatformSettings ofServer() {
    return new PlatformSettings(ConfigProvider.getConfig());
  }

  /** The zone in which dates are judged; the server's own when unset. */
  public ZoneId zone() {
    return read().zone(ZONE).orElseGet(ZoneId::systemDefault);
  }

  /** The data folder as configured; empty when unset. */
  public Optional<Path> configuredDataDir() {
    return read().path(DATA_DIR);
  }

  /**
   * A folder under the data folder: {@code veedor} in the server's own data directory ({@code
   * jboss.server.data.dir}, {@code standalone/data}) when unset, wherever the server was started.
   */
  public Path dataFolder(String name) {
    return configuredDataDir().orElseGet(PlatformSettings::serverDataFolder).resolve(name);
  }

  /**
   * The search index's folder: {@code index} in the data folder unless set apart. Each node of an
   * install keeps its own index (nodes that share a data folder set this apart for each).
   */
  public Path indexFolder() {
    return read().path(INDEX_DIR).orElseGet(() -> dataFolder("index"));
  }

  /** The default data folder: {@code veedor} under the server's data directory. */
  static Path serverDataFolder() {
    String server = System.getProperty("jboss.server.data.dir");
    return server == null ? Path.of("data") : Path.of(server, "veedor");
  }

  /** Whether this is a demonstration server. */
  public boolean demo() {
    return read().flag(DEMO, false);
  }

  /** The key for personal data, given inline; empty when unset. */
  public Optional<byte[]> personalDataKey() {
    return read().key(PERSONAL_DATA_KEY, PERSONAL_DATA_KEY_BYTES);
  }

  /** The file holding the key for personal data; empty when unset. */
  public Optional<Path> personalDataKeyFile() {
    return read().path(PERSONAL_DATA_KEY_FILE);
  }

  @Override
  public void check() {
    zone();
    configuredDataDir();
    demo();
    personalDataKey();
    personalDataKeyFile();
  }
}
