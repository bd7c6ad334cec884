package org.veedor.discipline.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import org.eclipse.microprofile.config.Config;
import org.veedor.platform.settings.ContextSettings;

/** How long a sanctioned officer has to appeal. */
@ApplicationScoped
public class DisciplineSettings extends ContextSettings {

  public static final String APPEAL_WINDOW = "veedor.appeal.window";

  protected DisciplineSettings() {}

  public DisciplineSettings(Config config) {
    super(config);
  }

  /** The appeal window, from the sanction's notice. */
  public Period appealWindow() {
    return read().period(APPEAL_WINDOW, Period.ofDays(30));
  }

  @Override
  public void check() {
    appealWindow();
  }
}
