package org.veedor.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.veedor.platform.PlatformSettings;
import org.veedor.platform.settings.ContextSettings;

/**
 * The demonstration world's settings: whether it is loaded ({@link PlatformSettings#demo()}, the
 * switch of a demonstration server), its size, and whether its open complaints get lifecycles.
 */
@ApplicationScoped
public class DemoSettings extends ContextSettings {

  public static final String COMPLAINTS = "veedor.demo.complaints";
  public static final String LIFECYCLES = "veedor.demo.lifecycles";

  @Inject PlatformSettings platform;

  protected DemoSettings() {}

  public DemoSettings(Config config) {
    super(config);
    this.platform = new PlatformSettings(config);
  }

  /** Whether this server loads the demonstration world. */
  public boolean enabled() {
    return platform.demo();
  }

  /** How many complaints a first start loads. */
  public int complaints() {
    return read().number(COMPLAINTS, 10_000, 1, 1_000_000);
  }

  /** Whether open demonstration complaints are placed at their stage in their lifecycle. */
  public boolean lifecycles() {
    return read().flag(LIFECYCLES, true);
  }

  @Override
  public void check() {
    enabled();
    complaints();
    lifecycles();
  }
}
