package org.veedor.investigation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.veedor.platform.settings.ContextSettings;

/**
 * Who heads the internal affairs unit: the supervisor an overdue investigation is escalated to when
 * its own supervisor will not decide alone. Unset means there is nobody to escalate to, and the
 * supervisor extends or reassigns.
 */
@ApplicationScoped
public class InvestigationSettings extends ContextSettings {

  public static final String HEAD_OF_UNIT = "veedor.escalation.head";

  private static final Pattern USERNAME = Pattern.compile("\\s*[A-Za-z0-9_.@-]{1,60}\\s*");

  protected InvestigationSettings() {}

  public InvestigationSettings(Config config) {
    super(config);
  }

  /** The head of the unit's user name, when the install names one. */
  public Optional<String> headOfUnit() {
    return read()
        .matching(HEAD_OF_UNIT, USERNAME, "one user name, such as chief")
        .map(String::trim);
  }

  @Override
  public void check() {
    headOfUnit();
  }
}
