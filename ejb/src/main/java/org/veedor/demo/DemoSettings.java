package org.veedor.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.veedor.identity.application.IdentitySettings;
import org.veedor.platform.settings.ContextSettings;
import org.veedor.platform.settings.InvalidSettingException;
import org.veedor.platform.settings.PlatformSettings;

/**
 * The demonstration world's settings: whether it is loaded ({@link PlatformSettings#demo()}, the
 * switch of a demonstration server), its size, and whether its open complaints get lifecycles.
 */
@ApplicationScoped
public class DemoSettings extends ContextSettings {

  public static final String COMPLAINTS = "veedor.demo.complaints";
  public static final String LIFECYCLES = "veedor.demo.lifecycles";

  /** The demonstration world's sealed-cases unit (a unit of {@link DemoWorld}). */
  public static final String SEALED_UNIT = "PN-UEA";

  private static final Logger LOG = Logger.getLogger(DemoSettings.class.getName());

  @Inject PlatformSettings platform;
  @Inject IdentitySettings identity;

  protected DemoSettings() {}

  public DemoSettings(Config config) {
    super(config);
    this.platform = new PlatformSettings(config);
    this.identity = new IdentitySettings(config);
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
    boolean on = enabled();
    complaints();
    lifecycles();
    if (on) {
      warnUnlessTheSealedUnitIsTheWorlds();
    }
  }

  /**
   * The sealed-cases unit has no default (production names its own or has none), so a demonstration
   * server started without {@code veedor.sealed.unit=PN-UEA} shows its sealed cases to the auditor
   * alone; said at the start rather than puzzled over later.
   */
  private void warnUnlessTheSealedUnitIsTheWorlds() {
    String configured;
    try {
      configured = identity.sealedUnit().orElse(null);
    } catch (InvalidSettingException e) {
      return; // the identity settings' own check names it
    }
    if (!SEALED_UNIT.equals(configured)) {
      String was = configured == null ? "not set" : "'" + configured + "'";
      LOG.warning(
          () ->
              "demonstration server: the sealed-cases unit is "
                  + was
                  + ", so only the auditor reads the demonstration world's sealed cases; set"
                  + " veedor.sealed.unit=PN-UEA (VEEDOR_SEALED_UNIT) for its unit "
                  + SEALED_UNIT);
    }
  }
}
