package org.veedor.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.veedor.platform.settings.ContextSettings;

/**
 * Whether Veedor sends mail (off by default: a demonstration server writes to nobody), and the
 * language of letters to staff. Where mail goes (SMTP host and port, sender) is the server's mail
 * session, configured by the CLI script from VEEDOR_SMTP_HOST, VEEDOR_SMTP_PORT, VEEDOR_MAIL_FROM.
 */
@ApplicationScoped
public class MailSettings extends ContextSettings {

  public static final String ENABLED = "veedor.mail.enabled";
  public static final String STAFF_LANGUAGE = "veedor.mail.staff-language";

  private static final Pattern LANGUAGES = Pattern.compile("en|es|pt");

  protected MailSettings() {}

  public MailSettings(Config config) {
    super(config);
  }

  public boolean enabled() {
    return read().flag(ENABLED, false);
  }

  /** The language of reminders and escalations to staff. */
  public String staffLanguage() {
    return read().matching(STAFF_LANGUAGE, LANGUAGES, "en, es or pt").orElse("es");
  }

  @Override
  public void check() {
    enabled();
    staffLanguage();
  }
}
