package org.veedor.casework.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.veedor.intake.domain.Mandate;
import org.veedor.platform.settings.ContextSettings;

/**
 * The body's mandate as the install configures it: the allegation categories (codes or groups) and
 * the forces (unit codes, each with everything under it) it may investigate. Unset means no limit.
 * The triage reads it for every complaint; what falls outside is declined with a referral.
 */
@ApplicationScoped
public class MandateSettings extends ContextSettings {

  public static final String CATEGORIES = "veedor.mandate.categories";
  public static final String UNITS = "veedor.mandate.units";

  private static final Pattern CODES =
      Pattern.compile("\\s*[A-Za-z0-9_.-]+(\\s*,\\s*[A-Za-z0-9_.-]+)*\\s*");

  protected MandateSettings() {}

  public MandateSettings(Config config) {
    super(config);
  }

  public Mandate mandate() {
    String expected = "codes separated by commas, such as CORRUPTION,EXCESSIVE_FORCE";
    return Mandate.of(
        read().matching(CATEGORIES, CODES, expected).orElse(null),
        read().matching(UNITS, CODES, expected).orElse(null));
  }

  @Override
  public void check() {
    mandate();
  }
}
