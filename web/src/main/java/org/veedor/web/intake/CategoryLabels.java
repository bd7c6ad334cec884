package org.veedor.web.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.ComplaintQueries.CategoryView;
import org.veedor.web.platform.Messages;

/**
 * An allegation category's name in the page's language: its own name when the administrator gave it
 * one (a category added after installation, or a seeded one renamed), the message bundles'
 * otherwise, and its code when neither names it.
 */
@Named
@RequestScoped
public class CategoryLabels {

  @Inject ComplaintQueries queries;

  private Map<String, CategoryView> own;

  public String of(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    CategoryView category = own().get(code);
    if (category != null) {
      String name =
          switch (language()) {
            case "es" -> category.nameEs();
            case "pt" -> category.namePt();
            default -> category.nameEn();
          };
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    String key = "category." + code;
    String text = Messages.text(key);
    return text.equals(key) ? code : text;
  }

  private Map<String, CategoryView> own() {
    if (own == null) {
      own = new HashMap<>();
      for (CategoryView c : queries.categories()) {
        if (c.nameEn() != null || c.nameEs() != null || c.namePt() != null) {
          own.put(c.code(), c);
        }
      }
    }
    return own;
  }

  private static String language() {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale =
        context == null || context.getViewRoot() == null
            ? Locale.ENGLISH
            : context.getViewRoot().getLocale();
    return locale.getLanguage();
  }
}
