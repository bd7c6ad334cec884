package org.veedor.casework.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.application.AllegationResolver;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintViews;
import org.veedor.intake.application.RegisterComplaint;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.OfficerRepository;
import org.veedor.officers.domain.Territory;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitRepository;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InputReason;
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
  static final String FACTS_CORRECTED = "FACTS_CORRECTED";
  static final String ALLEGATION_ADDED = "ALLEGATION_ADDED";
  static final String ALLEGATION_WITHDRAWN = "ALLEGATION_WITHDRAWN";

  /**
   * A correction of what is known of the incident; a field left out stays as it is.
   *
   * @param officerDescription how the complainant described the officer they could not name
   */
  public record FactsCorrection(
      LocalDate incidentDate,
      String place,
      String territoryCode,
      Boolean organizedCrimeLink,
      Boolean injuryReported,
      String officerDescription,
      String reason) {}

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch search;
  @Inject OfficerRepository officers;
  @Inject UnitRepository units;
  @Inject AuditTrail audit;
  @Inject TaskTexts texts;
  @Inject AllegationResolver resolver;
  @Inject RunningLifecycle lifecycle;
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
    return amend(
        reference,
        (complaint, me) -> {
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
          List<FieldError> errors = new ArrayList<>();
          if (officer == null) {
            errors.add(new FieldError("badgeNumber", OfficerRefusal.NO_SUCH_BADGE));
          }
          String why = reason(reason, errors);
          if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
          }
          String before = describe(complaint, allegation);
          complaint.identifyOfficer(allegation, officer);
          return amended(complaint, allegation, before, OFFICER_IDENTIFIED, why, me);
        });
  }

  /**
   * Places an allegation in a unit: the force and station it is about, when the complainant could
   * not name the officer.
   */
  public Optional<ComplaintDetails> locate(
      @NotNull String reference, long allegationId, String unitCode, String reason) {
    return amend(
        reference,
        (complaint, me) -> {
          Allegation allegation = allegation(complaint, allegationId);
          List<FieldError> errors = new ArrayList<>();
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
          return amended(complaint, allegation, before, UNIT_LOCATED, why, me);
        });
  }

  /**
   * Corrects the incident's facts (before closure); triages again when what the triage reads (an
   * injury, a link to organized crime, the territory) changed.
   *
   * @throws ConflictException when the complaint is closed
   */
  public Optional<ComplaintDetails> correctFacts(
      @NotNull String reference, @NotNull FactsCorrection correction) {
    return amend(
        reference,
        (complaint, me) -> {
          List<FieldError> errors = new ArrayList<>();
          Complaint.Incident was = complaint.incident();
          Territory territory = was.territory();
          if (correction.territoryCode() != null && !correction.territoryCode().isBlank()) {
            territory = units.findTerritoryByCode(correction.territoryCode().strip()).orElse(null);
            if (territory == null) {
              errors.add(new FieldError("territoryCode", OfficerRefusal.NO_SUCH_TERRITORY));
            }
          }
          LocalDate incidentDate =
              correction.incidentDate() == null ? was.date() : correction.incidentDate();
          if (incidentDate != null
              && incidentDate.isAfter(
                  complaint.receivedAt().atZone(complaint.zone()).toLocalDate())) {
            errors.add(new FieldError("incidentDate", IntakeRefusal.INCIDENT_AFTER_COMPLAINT));
          }
          String place = correction.place() == null ? was.place() : correction.place().strip();
          if (place != null && place.length() > 500) {
            errors.add(new FieldError("place", InputReason.TOO_LONG, 500));
          }
          String description =
              correction.officerDescription() == null
                  ? complaint.officerDescription()
                  : correction.officerDescription();
          if (description != null && description.length() > 500) {
            errors.add(new FieldError("officerDescription", InputReason.TOO_LONG, 500));
          }
          String why = reason(correction.reason(), errors);
          if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
          }
          if (complaint.status() == ComplaintStatus.CLOSED) {
            throw new ConflictException(IntakeRefusal.CASE_CLOSED, reference);
          }
          String before = describe(complaint);
          complaint.correct(
              new Complaint.Incident(
                  incidentDate,
                  place,
                  territory,
                  correction.organizedCrimeLink() == null
                      ? was.organizedCrimeLink()
                      : correction.organizedCrimeLink(),
                  correction.injuryReported() == null
                      ? was.injuryReported()
                      : correction.injuryReported()));
          complaint.describeOfficer(description);
          return amended(
              complaint, FACTS_CORRECTED, before, describe(complaint), FACTS_CORRECTED, why, me);
        });
  }

  /**
   * Adds an allegation before findings (a category, and the officer or unit it is about); the
   * complaint is triaged again.
   *
   * @throws ConflictException when findings were proposed already
   */
  public Optional<ComplaintDetails> addAllegation(
      @NotNull String reference,
      @NotNull RegisterComplaint.AllegationInput allegation,
      String reason) {
    return amend(
        reference,
        (complaint, me) -> {
          List<FieldError> errors = new ArrayList<>();
          AllegationResolver.Resolved resolved = resolver.resolve(allegation, "", errors);
          String why = reason(reason, errors);
          if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
          }
          if (!complaint.beforeFindings()) {
            throw new ConflictException(IntakeRefusal.AFTER_FINDINGS, reference);
          }
          String before = allegations(complaint);
          Allegation added =
              complaint.allege(resolved.category(), resolved.officer(), resolved.unit());
          em.flush();
          return amended(
              complaint,
              ALLEGATION_ADDED + " (allegation " + added.id() + ")",
              before,
              allegations(complaint),
              ALLEGATION_ADDED,
              why,
              me);
        });
  }

  /**
   * Withdraws an allegation before findings (registered in error, or taken back by the
   * complainant); the complaint keeps at least one and is triaged again.
   *
   * @throws ConflictException when findings were proposed already, or it is the last allegation
   */
  public Optional<ComplaintDetails> withdrawAllegation(
      @NotNull String reference, long allegationId, String reason) {
    return amend(
        reference,
        (complaint, me) -> {
          Allegation allegation = allegation(complaint, allegationId);
          List<FieldError> errors = new ArrayList<>();
          String why = reason(reason, errors);
          if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
          }
          if (!complaint.beforeFindings()) {
            throw new ConflictException(IntakeRefusal.AFTER_FINDINGS, reference);
          }
          if (complaint.allegations().size() == 1) {
            throw new ConflictException(IntakeRefusal.LAST_ALLEGATION, reference);
          }
          String before = allegations(complaint);
          complaint.withdraw(allegation);
          return amended(
              complaint,
              ALLEGATION_WITHDRAWN + " (allegation " + allegationId + ")",
              before,
              allegations(complaint),
              ALLEGATION_WITHDRAWN,
              why,
              me);
        });
  }

  /** The incident's facts as the audit trail keeps them. */
  private static String describe(Complaint complaint) {
    Complaint.Incident incident = complaint.incident();
    return "[incident "
        + (incident.date() == null ? "undated" : incident.date())
        + ", place "
        + (incident.place() == null ? "unknown" : "\"" + incident.place() + "\"")
        + ", territory "
        + (incident.territory() == null ? "unknown" : incident.territory().code())
        + ", organized crime "
        + (incident.organizedCrimeLink() ? "yes" : "no")
        + ", injury "
        + (incident.injuryReported() ? "yes" : "no")
        + ", officer "
        + (complaint.officerDescription() == null
            ? "not described"
            : "described as \"" + complaint.officerDescription() + "\"")
        + "]";
  }

  /** The complaint's allegations as the audit trail keeps them. */
  private static String allegations(Complaint complaint) {
    return complaint.allegations().stream()
        .map(a -> a.id() + " " + a.category().code() + " " + describe(complaint, a))
        .toList()
        .toString();
  }

  /** A change to a complaint the caller may amend, given the complaint and the caller. */
  private interface Change {
    ComplaintDetails apply(Complaint complaint, Viewer me);
  }

  /** Applies the change when the complaint is the caller's to amend; empty when not to see. */
  private Optional<ComplaintDetails> amend(String reference, Change change) {
    Viewer me = viewers.current(session);
    return amendable(reference, me).map(complaint -> change.apply(complaint, me));
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

  private static String reason(String reason, List<FieldError> errors) {
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", IntakeRefusal.AMENDMENT_NEEDS_REASON));
      return null;
    }
    if (reason.length() > 4000) {
      errors.add(new FieldError("reason", InputReason.TOO_LONG, 4000));
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
    return amended(
        complaint,
        what + " on allegation " + allegation.id(),
        before,
        describe(complaint, allegation),
        what,
        why,
        me);
  }

  /**
   * Audits the change with what it was before and after, keeps its reason on the case, triages
   * again when the facts the triage reads changed, and reindexes the complaint.
   */
  private ComplaintDetails amended(
      Complaint complaint,
      String change,
      String before,
      String after,
      String what,
      String why,
      Viewer me) {
    String reference = complaint.referenceNumber().toString();
    audit.record(
        AuditEventType.CASE_AMENDED,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        change + ": before " + before + "; after " + after);
    texts.keep(complaint.id(), what, what, Map.of("reason", why), me.username(), clock.instant());
    em.flush();
    String track = complaint.triageTrack();
    lifecycle
        .triageAgain(complaint)
        .ifPresent(
            proposed ->
                audit.record(
                    AuditEventType.CASE_EVENT,
                    "complaint",
                    reference,
                    AuditOutcome.SUCCESS,
                    "triaged again after "
                        + what
                        + ": the table proposes "
                        + proposed
                        + (track == null ? "" : " (the case was on " + track + ")")
                        + "; a supervisor confirms the track"));
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
