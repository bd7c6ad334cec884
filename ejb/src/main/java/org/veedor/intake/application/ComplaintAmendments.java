package org.veedor.intake.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.casework.application.TaskTexts;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.OfficerRepository;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitRepository;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.NotAllowedException;

/**
 * Changes to a complaint after its registration: the officer a member of the public described,
 * identified later; the unit of an allegation located by intake. Each change names why, is recorded
 * in the audit trail with what it was before and after, is kept on the case's timeline, and reaches
 * the search index in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.INTAKE, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class ComplaintAmendments {

  static final String OFFICER_IDENTIFIED = "OFFICER_IDENTIFIED";
  static final String UNIT_LOCATED = "UNIT_LOCATED";

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch search;
  @Inject OfficerRepository officers;
  @Inject UnitRepository units;
  @Inject AuditTrail audit;
  @Inject TaskTexts texts;
  @Inject Clock clock;

  /** Whether the caller may amend this case (its page offers the amendments). */
  public boolean mayAmend(@NotNull String reference) {
    Viewer me = viewers.current(session);
    return search
        .findVisible(reference, me)
        .map(c -> AccessPolicy.amendsCase(me, c.accessFacts()))
        .orElse(false);
  }

  /**
   * Names the officer of an allegation by badge.
   *
   * @return the complaint as its reader sees it now; empty when it is not the caller's to see
   * @throws NotAllowedException when the caller reads the case but does not work it
   * @throws InvalidInputException naming the allegation, the badge or the reason
   */
  public Optional<ComplaintDetails> identifyOfficer(
      @NotNull String reference, long allegationId, String badgeNumber, String reason) {
    Viewer me = viewers.current(session);
    Optional<Complaint> found = amendable(reference, me);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Complaint complaint = found.get();
    Allegation allegation = allegation(complaint, allegationId);
    Officer officer = null;
    try {
      officer =
          badgeNumber == null || badgeNumber.isBlank()
              ? null
              : officers.findByBadge(BadgeNumber.parse(badgeNumber)).orElse(null);
    } catch (IllegalArgumentException e) {
      officer = null;
    }
    java.util.List<FieldError> errors = new java.util.ArrayList<>();
    if (officer == null) {
      errors.add(new FieldError("badgeNumber", OfficerRefusal.NO_SUCH_BADGE));
    }
    String why = reason(reason, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String before = describe(complaint, allegation);
    complaint.identifyOfficer(allegation, officer);
    return Optional.of(amended(complaint, allegation, before, OFFICER_IDENTIFIED, why, me));
  }

  /**
   * Places an allegation in a unit: the force and station it is about, when the complainant could
   * not name the officer.
   */
  public Optional<ComplaintDetails> locate(
      @NotNull String reference, long allegationId, String unitCode, String reason) {
    Viewer me = viewers.current(session);
    Optional<Complaint> found = amendable(reference, me);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Complaint complaint = found.get();
    Allegation allegation = allegation(complaint, allegationId);
    java.util.List<FieldError> errors = new java.util.ArrayList<>();
    Unit unit =
        unitCode == null || unitCode.isBlank()
            ? null
            : units.findByCode(unitCode.strip()).orElse(null);
    if (unit == null) {
      errors.add(new FieldError("unitCode", OfficerRefusal.NO_SUCH_UNIT));
    }
    String why = reason(reason, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String before = describe(complaint, allegation);
    complaint.locate(allegation, unit);
    return Optional.of(amended(complaint, allegation, before, UNIT_LOCATED, why, me));
  }

  private Optional<Complaint> amendable(String reference, Viewer me) {
    Optional<Complaint> found = search.findVisible(reference, me);
    if (found.isEmpty()) {
      audit.record(
          AuditEventType.CASE_AMENDED, "complaint", reference, AuditOutcome.NOT_FOUND, null);
      return Optional.empty();
    }
    if (!AccessPolicy.amendsCase(me, found.get().accessFacts())) {
      audit.record(AuditEventType.CASE_AMENDED, "complaint", reference, AuditOutcome.DENIED, null);
      throw new NotAllowedException(IntakeRefusal.ONLY_CASE_STAFF_AMEND);
    }
    return found;
  }

  private static Allegation allegation(Complaint complaint, long allegationId) {
    return complaint.allegations().stream()
        .filter(a -> a.id() != null && a.id() == allegationId)
        .findFirst()
        .orElseThrow(
            () -> new InvalidInputException("allegation", IntakeRefusal.NO_SUCH_ALLEGATION));
  }

  private static String reason(String reason, java.util.List<FieldError> errors) {
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", IntakeRefusal.AMENDMENT_NEEDS_REASON));
      return null;
    }
    if (reason.length() > 4000) {
      errors.add(new FieldError("reason", org.veedor.platform.InputReason.TOO_LONG, 4000));
      return null;
    }
    return reason.strip();
  }

  private ComplaintDetails amended(
      Complaint complaint,
      Allegation allegation,
      String before,
      String what,
      String why,
      Viewer me) {
    String after = describe(complaint, allegation);
    String reference = complaint.referenceNumber().toString();
    audit.record(
        AuditEventType.CASE_AMENDED,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        what + " on allegation " + allegation.id() + ": before " + before + "; after " + after);
    texts.keep(complaint.id(), what, what, Map.of("reason", why), me.username(), clock.instant());
    em.flush();
    Search.session(em).indexingPlan().addOrUpdate(complaint);
    return ComplaintViews.details(complaint, me);
  }

  /** An allegation's officer and unit as the audit trail keeps them. */
  private static String describe(Complaint complaint, Allegation allegation) {
    String officer =
        allegation.officer() == null
            ? complaint.officerDescription() == null
                ? "officer unknown"
                : "officer described as \"" + complaint.officerDescription() + "\""
            : "officer "
                + allegation.officer().badgeNumber()
                + " "
                + allegation.officer().fullName();
    String unit = allegation.unit() == null ? "no unit" : "unit " + allegation.unit().code();
    return "[" + officer + ", " + unit + "]";
  }
}
