package org.veedor.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.veedor.platform.mail.Letter;
import org.veedor.platform.mail.MailSettings;

/**
 * The letters of casework, written from templates in English, Spanish and Portuguese: the
 * acknowledgement and the outcome to the complainant (in the complainant's language), the reminder
 * and the escalation to staff (in the staff's). Each names the case by its reference and nothing
 * more personal than the reader already knows.
 */
@ApplicationScoped
public class Letters {

  static final String BUNDLE = "org.veedor.casework.application.letters";

  @Inject MailSettings settings;

  /** To the complainant: the complaint is registered, with its reference. */
  public Letter acknowledgement(String to, String language, String reference) {
    return letter(to, language, "acknowledgement", reference);
  }

  /** To the investigator: three quarters of the investigation's time are gone. */
  public Letter reminder(String to, String reference, String deadline) {
    return letter(to, settings.staffLanguage(), "reminder", reference, deadline);
  }

  /** To the supervisor: an investigation passed its deadline and waits for a decision. */
  public Letter escalation(String to, String reference, String investigator) {
    return letter(to, settings.staffLanguage(), "escalation", reference, investigator);
  }

  /** To the complainant: the case is closed, with the finding on each allegation. */
  public Letter outcome(String to, String language, String reference, String findings) {
    return letter(to, language, "outcome", reference, findings);
  }

  /** A category's or finding's name in a letter's language. */
  public String word(String language, String key) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language));
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  private Letter letter(String to, String language, String kind, Object... arguments) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String subject =
        new MessageFormat(bundle.getString(kind + ".subject"), locale).format(arguments);
    String body = new MessageFormat(bundle.getString(kind + ".body"), locale).format(arguments);
    return new Letter(to, subject, body, kind);
  }
}
