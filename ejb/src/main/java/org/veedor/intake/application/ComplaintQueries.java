package org.veedor.intake.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintFilter;
import org.veedor.intake.domain.ComplaintRepository;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitRepository;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;

/** Reads complaints: one by reference, or a filtered page of them. */
@RolesAllowed({
  Roles.INTAKE,
  Roles.INVESTIGATOR,
  Roles.SUPERVISOR,
  Roles.DISCIPLINARY_AUTHORITY,
  Roles.APPEALS_BODY,
  Roles.OVERSIGHT_BOARD,
  Roles.AUDITOR
})
@Stateless
public class ComplaintQueries {

  @Inject ComplaintRepository complaints;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;
  @Inject UnitRepository units;
  @Inject ComplaintSearch search;
  @Inject AuditTrail audit;
  @Inject Viewers viewers;
  @Resource SessionContext session;

  static final String COMPLAINT = "complaint";

  public Optional<ComplaintDetails> find(@NotNull String reference) {
    Viewer viewer = viewers.current(session);
    Optional<ComplaintDetails> found = Optional.empty();
    AuditOutcome outcome = AuditOutcome.NOT_FOUND;
    if (ReferenceNumber.isWellFormed(reference)) {
      ReferenceNumber number = ReferenceNumber.parse(reference);
      // a duplicate's reference opens the case it was merged into
      found =
          search
              .findVisible(number, viewer)
              .map(c -> c.mergedIntoId() == null ? c : survivorOf(c, viewer))
              .map(c -> ComplaintViews.details(c, viewer));
      if (found.isPresent()) {
        outcome = AuditOutcome.SUCCESS;
      } else if (complaints.findByReference(number).isPresent()) {
        // the case exists but is hidden from this viewer: the answer is "not found", the trail
        // keeps the attempt
        outcome = AuditOutcome.DENIED;
      }
    }
    audit.record(AuditEventType.CASE_READ, COMPLAINT, reference, outcome, null);
    return found;
  }

  /** The case a duplicate was merged into, when the reader may see it; else the duplicate. */
  private Complaint survivorOf(Complaint duplicate, Viewer viewer) {
    return java.util.Optional.ofNullable(em.find(Complaint.class, duplicate.mergedIntoId()))
        .flatMap(s -> search.findVisible(s.referenceNumber(), viewer))
        .orElse(duplicate);
  }

  public Page<ComplaintSummary> search(
      @NotNull @Valid ComplaintFilter filter, @NotNull PageRequest page) {
    List<FieldError> errors = new ArrayList<>();
    String unitPath = null;
    if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
      unitPath = units.findByCode(filter.unitCode().strip()).map(Unit::treePath).orElse(null);
      if (unitPath == null) {
        errors.add(new FieldError("unit", OfficerRefusal.NO_SUCH_UNIT));
      }
    }
    if (filter.categoryCode() != null
        && !filter.categoryCode().isBlank()
        && complaints.findCategory(filter.categoryCode().strip()).isEmpty()) {
      errors.add(new FieldError("category", IntakeRefusal.NO_SUCH_CATEGORY));
    }
    if (filter.territoryCode() != null
        && !filter.territoryCode().isBlank()
        && units.findTerritoryByCode(filter.territoryCode().strip()).isEmpty()) {
      errors.add(new FieldError("territory", OfficerRefusal.NO_SUCH_TERRITORY));
    }
    if (filter.receivedFrom() != null
        && filter.receivedTo() != null
        && filter.receivedFrom().isAfter(filter.receivedTo())) {
      errors.add(new FieldError("receivedTo", InputReason.RANGE_END_BEFORE_START));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Page<ComplaintSummary> result =
        search.find(filter, unitPath, page, viewers.current(session)).map(ComplaintViews::summary);
    audit.record(
        AuditEventType.CASE_LIST,
        COMPLAINT,
        null,
        AuditOutcome.SUCCESS,
        filter.describe()
            + "; page "
            + page.page()
            + ", "
            + result.items().size()
            + " of "
            + result.totalElements());
    return result;
  }

  /** The allegation taxonomy, for pick lists and filters: for every signed-in user. */
  /** The taxonomy: public, as the complaint form offers it to anyone. */
  @PermitAll
  public List<CategoryView> categories() {
    return complaints.findAllCategories().stream()
        .map(
            c ->
                new CategoryView(
                    c.code(),
                    c.group(),
                    c.isSerious(),
                    c.isActive(),
                    c.nameEn(),
                    c.nameEs(),
                    c.namePt()))
        .toList();
  }

  /**
   * An allegation category as pick lists show it, with its own names where it has them (a category
   * added after installation); the seeded ones are named by the message bundles.
   */
  public record CategoryView(
      String code,
      CategoryGroup group,
      boolean serious,
      boolean active,
      String nameEn,
      String nameEs,
      String namePt) {}
}
