package org.veedor.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the session: English, Spanish or Portuguese, first as the browser asks, then as
 * the user chooses with the switch in the header.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final List<String> LANGUAGES = List.of("en", "es", "pt");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = fromBrowser();
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /** Switches the session to a supported language and stays on the same page. */
  public void switchTo(String language) {
    if (LANGUAGES.contains(language)) {
      locale = Locale.forLanguageTag(language);
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
  }

  private static Locale fromBrowser() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null) {
      var preferred = context.getExternalContext().getRequestLocales();
      while (preferred.hasNext()) {
        Locale candidate = preferred.next();
        if (LANGUAGES.contains(candidate.getLanguage())) {
          return Locale.forLanguageTag(candidate.getLanguage());
        }
      }
    }
    return Locale.ENGLISH;
  }
}
