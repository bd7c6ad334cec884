package org.veedor.platform.settings;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The settings of one context, offered typed by a subclass (a CDI bean) and read through the
 * server's MicroProfile Config on each call, so a system property changed on a running server
 * applies at once. {@link #check()} reads them all: {@link SettingsCheck} calls it on every
 * context's settings when the application starts.
 */
public abstract class ContextSettings {

  @Inject Config config;

  /** For CDI, which injects the server's configuration. */
  protected ContextSettings() {}

  /** With a configuration of one's own (unit tests, and code that no container builds). */
  protected ContextSettings(Config config) {
    this.config = config;
  }

  protected SettingReader read() {
    return new SettingReader(config);
  }

  /**
   * Reads every setting of the context.
   *
   * @throws InvalidSettingException for the first value that cannot be used
   */
  public abstract void check();
}
