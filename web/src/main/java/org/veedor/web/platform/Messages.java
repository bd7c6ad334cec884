package org.veedor.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Translated messages for beans: the same bundle the views read. */
public final class Messages {

  private static final String BUNDLE = "org.veedor.web.i18n.messages";

  private Messages() {}

  public static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale =
        context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    try {
      String pattern =
          ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Every message whose key starts with one of the prefixes, in a language (for reports). */
  public static java.util.Map<String, String> withPrefixes(Locale locale, String... prefixes) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    for (String key : bundle.keySet()) {
      for (String prefix : prefixes) {
        if (key.startsWith(prefix)) {
          texts.put(key, bundle.getString(key));
        }
      }
    }
    return texts;
  }

  public static void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
  }

  public static void error(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }
}
