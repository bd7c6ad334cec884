package org.veedor.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.veedor.intake.domain.AllegationCategory;
import org.veedor.intake.domain.ComplaintRepository;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.OfficerRepository;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitRepository;
import org.veedor.platform.InvalidInputException.FieldError;

/**
 * An allegation as typed (a category code, a badge, a unit code) resolved into what it names, for
 * registration and for an allegation added later alike; what names nothing is a field error.
 */
@ApplicationScoped
public class AllegationResolver {

  /** What an allegation names; a field that named nothing is null and has its error. */
  public record Resolved(AllegationCategory category, Officer officer, Unit unit) {}

  @Inject ComplaintRepository complaints;
  @Inject OfficerRepository officers;
  @Inject UnitRepository units;

  public Resolved resolve(
      RegisterComplaint.AllegationInput input, String prefix, List<FieldError> errors) {
    AllegationCategory category = null;
    if (input.categoryCode() == null || input.categoryCode().isBlank()) {
      errors.add(new FieldError(prefix + "categoryCode", IntakeRefusal.NO_SUCH_CATEGORY));
    } else {
      category = complaints.findCategory(input.categoryCode().strip()).orElse(null);
      if (category == null) {
        errors.add(new FieldError(prefix + "categoryCode", IntakeRefusal.NO_SUCH_CATEGORY));
      } else if (!category.isActive()) {
        errors.add(new FieldError(prefix + "categoryCode", IntakeRefusal.CATEGORY_RETIRED));
      }
    }
    Officer officer = null;
    if (hasText(input.badgeNumber())) {
      Optional<Officer> found = badge(input.badgeNumber()).flatMap(officers::findByBadge);
      if (found.isEmpty()) {
        errors.add(new FieldError(prefix + "badgeNumber", OfficerRefusal.NO_SUCH_BADGE));
      }
      officer = found.orElse(null);
    }
    Unit unit = null;
    if (hasText(input.unitCode())) {
      unit = units.findByCode(input.unitCode().strip()).orElse(null);
      if (unit == null) {
        errors.add(new FieldError(prefix + "unitCode", OfficerRefusal.NO_SUCH_UNIT));
      }
    }
    return new Resolved(category, officer, unit);
  }

  private static Optional<BadgeNumber> badge(String text) {
    try {
      return Optional.of(BadgeNumber.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
