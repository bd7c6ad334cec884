package org.veedor.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import org.eclipse.microprofile.config.Config;
import org.veedor.platform.settings.ContextSettings;

/** How long complainants' personal data is kept, and how often the public may file and look up. */
@ApplicationScoped
public class IntakeSettings extends ContextSettings {

  public static final String RETENTION_PERSONAL_DATA = "veedor.retention.personal-data";
  public static final String PUBLIC_FILINGS_PER_HOUR = "veedor.public.filings-per-hour";
  public static final String PUBLIC_LOOKUPS = "veedor.public.lookups";

  protected IntakeSettings() {}

  public IntakeSettings(Config config) {
    super(config);
  }

  /** How long a closed case keeps its complainant's name, e-mail and phone. */
  public Period personalDataRetention() {
    return read().period(RETENTION_PERSONAL_DATA, Period.ofYears(5));
  }

  /** Public filings per address and hour. */
  public int publicFilingsPerHour() {
    return read().number(PUBLIC_FILINGS_PER_HOUR, 5, 1, 100_000);
  }

  /** Public follow-page lookups per address and ten minutes. */
  public int publicLookupsPerTenMinutes() {
    return read().number(PUBLIC_LOOKUPS, 20, 1, 100_000);
  }

  @Override
  public void check() {
    personalDataRetention();
    publicFilingsPerHour();
    publicLookupsPerTenMinutes();
  }
}
