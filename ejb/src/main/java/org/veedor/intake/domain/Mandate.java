package org.veedor.intake.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.veedor.officers.domain.Unit;

/**
 * What the oversight body may investigate: allegations of some categories (by code or by group)
 * against the units of some forces (a unit and everything under it). Empty means no limit. A
 * complaint is within the mandate when one of its allegations is; an allegation whose unit is not
 * known yet (an officer the complainant only described) is taken until it is known.
 */
public record Mandate(Set<String> categories, Set<String> units) {

  /** No limit: every category, every unit. */
  public static final Mandate EVERYTHING = new Mandate(Set.of(), Set.of());

  public Mandate {
    categories = Set.copyOf(categories);
    units = Set.copyOf(units);
  }

  /** Reads the two comma-separated lists of a setting; blank entries are ignored. */
  public static Mandate of(String categories, String units) {
    return new Mandate(codes(categories), codes(units));
  }

  private static Set<String> codes(String list) {
    if (list == null) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(code -> !code.isEmpty())
        .map(code -> code.toUpperCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the body may investigate the complaint: one of its allegations is within. */
  public boolean covers(Complaint complaint) {
    return complaint.allegations().stream().anyMatch(this::covers);
  }

  public boolean covers(Allegation allegation) {
    return coversCategory(allegation.category()) && coversUnit(unitOf(allegation));
  }

  private boolean coversCategory(AllegationCategory category) {
    return categories.isEmpty()
        || categories.contains(category.code())
        || categories.contains(category.group().name());
  }

  private boolean coversUnit(Unit unit) {
    if (units.isEmpty() || unit == null) {
      return true;
    }
    for (Unit u = unit; u != null; u = u.parent()) {
      if (units.contains(u.code().toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Unit unitOf(Allegation allegation) {
    if (allegation.unit() != null) {
      return allegation.unit();
    }
    if (allegation.officer() == null) {
      return null;
    }
    Complaint complaint = allegation.complaint();
    java.time.LocalDate day =
        complaint.incidentDate() != null ? complaint.incidentDate() : complaint.receivedOn();
    return allegation.officer().unitOn(day).orElse(null);
  }
}
