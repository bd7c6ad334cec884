package org.veedor.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.MessageKey;
import org.veedor.platform.RefusalException;

/**
 * Translated messages for beans and resources: the same bundle the views read. A refusal from the
 * application carries a key and its arguments; this is where it becomes text in the reader's
 * language.
 */
public final class Messages {

  static final String BUNDLE = "org.veedor.web.i18n.messages";

  private Messages() {}

  /** A message in the language of the page being rendered. */
  public static String text(String key, Object... arguments) {
    return text(pageLocale(), key, arguments);
  }

  /**
   * A message in a language. A pattern is formatted only when there are arguments, so a message
   * without placeholders writes its apostrophes once, and one with placeholders doubles them.
   * Arguments that are message keys are translated too.
   */
  public static String text(Locale locale, String key, Object... arguments) {
    try {
      String pattern = bundle(locale).getString(key);
      if (arguments.length == 0) {
        return pattern;
      }
      Object[] translated = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        translated[i] =
            arguments[i] instanceof MessageKey nested ? text(locale, nested.key()) : arguments[i];
      }
      return new MessageFormat(pattern, locale).format(translated);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** What a refusal says, in a language. */
  public static String text(Locale locale, RefusalException refusal) {
    return text(locale, refusal.reason(), refusal.arguments());
  }

  /** Why a field was refused, in a language. */
  public static String text(Locale locale, InvalidInputException.FieldError error) {
    return text(locale, error.reason(), error.arguments());
  }

  static String text(Locale locale, MessageKey key, List<?> arguments) {
    return text(locale, key.key(), arguments.toArray());
  }

  /** A message named by its key, in the language of the page. */
  public static String text(MessageKey key, Object... arguments) {
    return text(pageLocale(), key.key(), arguments);
  }

  /** What a refusal says, in the language of the page. */
  public static String text(RefusalException refusal) {
    return text(pageLocale(), refusal);
  }

  /** Why a field was refused, in the language of the page. */
  public static String text(InvalidInputException.FieldError error) {
    return text(pageLocale(), error);
  }

  /**
   * Every field a refusal names, with its reason, in the language of the page: "Year: must be
   * between 1990 and 2200". A field is named by its label ({@code labelPrefix} and the field) when
   * the page has one, and as the request wrote it otherwise.
   */
  public static String describe(InvalidInputException refusal, String labelPrefix) {
    Locale locale = pageLocale();
    ResourceBundle bundle = bundle(locale);
    return refusal.errors().stream()
        .map(
            f -> {
              String label =
                  bundle.containsKey(labelPrefix + f.field())
                      ? bundle.getString(labelPrefix + f.field())
                      : f.field();
              return label + ": " + text(locale, f);
            })
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /**
   * The language to answer in, from a request's languages in order of preference (its {@code
   * Accept-Language}): the first that Veedor speaks, English otherwise.
   */
  public static Locale supported(List<Locale> preferred) {
    for (Locale candidate : preferred) {
      if (LocaleSelection.LANGUAGES.contains(candidate.getLanguage())) {
        return Locale.forLanguageTag(candidate.getLanguage());
      }
    }
    return Locale.ENGLISH;
  }

  /** Every message whose key starts with one of the prefixes, in a language (for reports). */
  public static java.util.Map<String, String> withPrefixes(Locale locale, String... prefixes) {
    ResourceBundle bundle = bundle(locale);
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

  /**
   * Shows each field a refusal names as its own message on the page: the field's label ({@code
   * labelPrefix} and the field) and its reason, in the page's language.
   */
  public static void error(InvalidInputException refusal, String labelPrefix) {
    refusal.errors().forEach(f -> error("task.invalid", text(labelPrefix + f.field()), text(f)));
  }

  /** Shows a refusal on the page, in the page's language. */
  public static void error(RefusalException refusal) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(refusal), null));
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
  }

  private static Locale pageLocale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? Locale.ENGLISH
        : context.getViewRoot().getLocale();
  }
}
