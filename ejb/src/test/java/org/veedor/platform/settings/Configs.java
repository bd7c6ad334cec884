package org.veedor.platform.settings;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** Configurations for unit tests, built by SmallRye Config as the server builds its own. */
public final class Configs {

  private Configs() {}

  /** Nothing set. */
  public static Config empty() {
    return new SmallRyeConfigBuilder().build();
  }

  /** These environment variables, and no system property. */
  public static Config environment(Map<String, String> variables) {
    return new SmallRyeConfigBuilder()
        .withSources(new EnvConfigSource(variables, EnvConfigSource.ORDINAL))
        .build();
  }

  /** These system properties over these environment variables, as on the server. */
  public static Config server(Map<String, String> properties, Map<String, String> variables) {
    return new SmallRyeConfigBuilder()
        .withSources(new PropertiesConfigSource(properties, "SysPropConfigSource", 400))
        .withSources(new EnvConfigSource(variables, EnvConfigSource.ORDINAL))
        .build();
  }
}
