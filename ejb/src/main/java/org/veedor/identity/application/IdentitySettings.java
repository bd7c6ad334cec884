package org.veedor.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.veedor.platform.settings.ContextSettings;

/** Which unit reads sealed cases. */
@ApplicationScoped
public class IdentitySettings extends ContextSettings {

  public static final String SEALED_UNIT = "veedor.sealed.unit";

  /** A unit code, as units are written (officers' {@code Codes}). */
  private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

  protected IdentitySettings() {}

  public IdentitySettings(Config config) {
    super(config);
  }

  /**
   * The code of the sealed-cases unit, whose members (and those of the units below it) read sealed
   * cases; empty when none is configured, and then nobody is in it.
   */
  public Optional<String> sealedUnit() {
    return read()
        .matching(
            SEALED_UNIT, UNIT_CODE, "a unit code: 1 to 40 upper-case letters, digits, '-' or '_'");
  }

  @Override
  public void check() {
    sealedUnit();
  }
}
