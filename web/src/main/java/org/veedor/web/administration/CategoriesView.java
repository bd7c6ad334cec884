package org.veedor.web.administration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.ComplaintQueries.CategoryView;
import org.veedor.intake.application.TaxonomyAdministration;
import org.veedor.intake.application.TaxonomyAdministration.CategoryChange;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.RefusalException;
import org.veedor.web.platform.Messages;

/**
 * The taxonomy page (admin/categories.xhtml): every allegation category with its family, whether it
 * is serious and whether it is in use; a category added with its names in three languages, or the
 * chosen one changed, retired or restored. Codes never change.
 */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ComplaintQueries queries;
  @Inject transient TaxonomyAdministration taxonomy;

  private List<CategoryView> categories = List.of();

  /** The category being changed; null while the form adds one. */
  private String editing;

  private String code;
  private String group = CategoryGroup.CONDUCT.name();
  private boolean serious;
  private String nameEn;
  private String nameEs;
  private String namePt;

  @PostConstruct
  void load() {
    categories = queries.categories();
  }

  public void edit(String chosen) {
    categories.stream()
        .filter(c -> c.code().equals(chosen))
        .findFirst()
        .ifPresent(
            c -> {
              editing = c.code();
              code = c.code();
              group = c.group().name();
              serious = c.serious();
              nameEn = c.nameEn();
              nameEs = c.nameEs();
              namePt = c.namePt();
            });
  }

  public void startNew() {
    editing = null;
    code = null;
    group = CategoryGroup.CONDUCT.name();
    serious = false;
    nameEn = null;
    nameEs = null;
    namePt = null;
  }

  public void save() {
    try {
      if (editing == null) {
        taxonomy.add(code, new CategoryChange(group, serious, nameEn, nameEs, namePt));
        Messages.info("categories.added", code);
        startNew();
      } else {
        String groupBefore =
            categories.stream()
                .filter(c -> c.code().equals(editing))
                .map(c -> c.group().name())
                .findFirst()
                .orElse(group);
        taxonomy.change(
            editing,
            new CategoryChange(
                group, serious, emptyToNull(nameEn), emptyToNull(nameEs), emptyToNull(namePt)));
        Messages.info("categories.saved", editing);
        if (!groupBefore.equals(group)) {
          // the search index keeps each complaint's families as they were indexed
          Messages.info("categories.reindex");
        }
      }
      load();
    } catch (InvalidInputException e) {
      Messages.error("categories.invalid", Messages.describe(e, "categories.field."));
    } catch (RefusalException e) {
      Messages.error(e);
    }
  }

  public void retire(String chosen) {
    taxonomy.retire(chosen);
    Messages.info("categories.retired", chosen);
    load();
  }

  public void restore(String chosen) {
    taxonomy.restore(chosen);
    Messages.info("categories.restored", chosen);
    load();
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public List<String> getGroups() {
    return Arrays.stream(CategoryGroup.values()).map(Enum::name).toList();
  }

  public List<CategoryView> getCategories() {
    return categories;
  }

  public String getEditing() {
    return editing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public boolean isSerious() {
    return serious;
  }

  public void setSerious(boolean serious) {
    this.serious = serious;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public void setNameEs(String nameEs) {
    this.nameEs = nameEs;
  }

  public String getNamePt() {
    return namePt;
  }

  public void setNamePt(String namePt) {
    this.namePt = namePt;
  }
}
