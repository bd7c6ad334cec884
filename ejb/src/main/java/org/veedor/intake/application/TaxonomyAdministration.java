package org.veedor.intake.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.application.ComplaintQueries.CategoryView;
import org.veedor.intake.domain.AllegationCategory;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.intake.domain.ComplaintRepository;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.NoSuchObjectException;

/**
 * The administrator's changes to the allegation taxonomy: a category is added with its names in
 * English, Spanish and Portuguese, renamed, moved to another family, marked serious or not, retired
 * (no new allegation names it; those that do keep it) and restored. Codes never change: reports,
 * imports' mappings and published open data name categories by them. Each change is audited with
 * its before and after.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TaxonomyAdministration {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
  private static final int LONGEST_NAME = 120;

  @Inject ComplaintRepository complaints;
  @Inject AuditTrail audit;
  @PersistenceContext EntityManager em;

  /** What an administrator writes about a category; on a change, a null field keeps its value. */
  public record CategoryChange(
      String group, Boolean serious, String nameEn, String nameEs, String namePt) {}

  public CategoryView add(String code, CategoryChange change) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInputException("code", IntakeRefusal.CATEGORY_CODE_FORM);
    }
    if (complaints.findCategory(code).isPresent()) {
      throw new InvalidInputException("code", IntakeRefusal.CATEGORY_CODE_TAKEN, code);
    }
    requireNames(change, true);
    CategoryGroup group = groupOf(change.group());
    AllegationCategory category =
        new AllegationCategory(code, group, Boolean.TRUE.equals(change.serious()));
    category.rename(strip(change.nameEn()), strip(change.nameEs()), strip(change.namePt()));
    em.persist(category);
    record(code, "added: " + describe(category));
    return view(category);
  }

  public CategoryView change(String code, CategoryChange change) {
    AllegationCategory category = find(code);
    requireNames(change, false);
    String before = describe(category);
    if (change.group() != null) {
      category.regroup(groupOf(change.group()));
    }
    if (change.serious() != null) {
      category.markSerious(change.serious());
    }
    if (change.nameEn() != null || change.nameEs() != null || change.namePt() != null) {
      category.rename(
          keep(change.nameEn(), category.nameEn()),
          keep(change.nameEs(), category.nameEs()),
          keep(change.namePt(), category.namePt()));
    }
    String after = describe(category);
    if (!before.equals(after)) {
      record(code, before + " -> " + after);
    }
    return view(category);
  }

  public CategoryView retire(String code) {
    AllegationCategory category = find(code);
    if (category.isActive()) {
      category.retire();
      record(code, "active -> retired");
    }
    return view(category);
  }

  public CategoryView restore(String code) {
    AllegationCategory category = find(code);
    if (!category.isActive()) {
      category.restore();
      record(code, "retired -> active");
    }
    return view(category);
  }

  private AllegationCategory find(String code) {
    return complaints
        .findCategory(code == null ? "" : code.strip())
        .orElseThrow(() -> new NoSuchObjectException(IntakeRefusal.NO_SUCH_CATEGORY));
  }

  /** A new category needs all three names; a change may leave any out, but not blank one. */
  private static void requireNames(CategoryChange change, boolean all) {
    List<FieldError> errors = new ArrayList<>();
    String[][] names = {
      {"nameEn", change.nameEn()}, {"nameEs", change.nameEs()}, {"namePt", change.namePt()}
    };
    for (String[] name : names) {
      String value = name[1];
      boolean missing = value == null ? all : value.isBlank();
      if (missing || (value != null && value.strip().length() > LONGEST_NAME)) {
        errors.add(new FieldError(name[0], IntakeRefusal.CATEGORY_NAMES_REQUIRED));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static CategoryGroup groupOf(String group) {
    try {
      return CategoryGroup.valueOf(
          Objects.requireNonNullElse(group, "").strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("group", IntakeRefusal.NO_SUCH_CATEGORY_GROUP);
    }
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String keep(String given, String current) {
    return given == null ? current : given.strip();
  }

  private static String describe(AllegationCategory c) {
    return "group "
        + c.group()
        + ", serious "
        + c.isSerious()
        + ", names "
        + c.nameEn()
        + " / "
        + c.nameEs()
        + " / "
        + c.namePt();
  }

  private static CategoryView view(AllegationCategory c) {
    return new CategoryView(
        c.code(), c.group(), c.isSerious(), c.isActive(), c.nameEn(), c.nameEs(), c.namePt());
  }

  private void record(String code, String detail) {
    audit.record(
        AuditEventType.TAXONOMY_CHANGED,
        "category",
        code,
        AuditOutcome.SUCCESS,
        detail.length() > 1000 ? detail.substring(0, 1000) : detail);
  }
}
