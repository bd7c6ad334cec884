package org.veedor.intake.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.CaseLifecycle;
import org.veedor.intake.domain.Channel;
import org.veedor.intake.domain.Complainant;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintRepository;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.domain.Passphrase;
import org.veedor.intake.domain.Receipt;
import org.veedor.intake.domain.ReceiptRepository;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.officers.domain.OfficerRefusal;
import org.veedor.officers.domain.Territory;
import org.veedor.officers.domain.UnitRepository;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.metrics.Meters;

/** Registers complaints: checks what they name, gives them a reference number, keeps them. */
@RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
@Stateless
public class ComplaintIntake {

  private static final Logger LOG = Logger.getLogger(ComplaintIntake.class.getName());

  @Inject ComplaintRepository complaints;
  @Inject Meters meters;
  @Inject AllegationResolver resolver;
  @Inject UnitRepository units;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject CaseLifecycle lifecycle;
  @Resource SessionContext session;
  @Inject ReceiptRepository receipts;

  /**
   * Registers a complete complaint and its allegations.
   *
   * @throws InvalidInputException naming each field that refers to something unknown
   */
  public ComplaintDetails register(@NotNull @Valid RegisterComplaint command) {
    Complaint complaint = create(command, session.getCallerPrincipal().getName(), null, null);
    // whoever registers a complaint has just been told who complains
    return ComplaintViews.details(complaint, true);
  }

  /**
   * Registers a complaint taken at the desk, by phone or by mail, and gives its complainant a
   * receipt to follow it with (named or anonymous): the reference and a passphrase, shown this once
   * and stored only as a digest.
   *
   * @param officerDescription how the complainant described an officer they could not name
   * @param language the language to write to the complainant in: en, es or pt
   */
  public PublicReceipt registerWithReceipt(
      @NotNull @Valid RegisterComplaint command, String officerDescription, String language) {
    Complaint complaint =
        create(command, session.getCallerPrincipal().getName(), officerDescription, language);
    String passphrase = Passphrase.generate();
    receipts.add(new Receipt(complaint.id(), passphrase.toCharArray(), complaint.receivedAt()));
    return new PublicReceipt(complaint.referenceNumber().toString(), passphrase);
  }

  /**
   * Files a complaint from the public: no account, channel PUBLIC_WEB. Answers with the receipt,
   * whose passphrase is shown this once and stored only as a digest. Nothing about the filer's
   * connection is kept.
   */
  @PermitAll
  public PublicReceipt fileFromPublic(@NotNull @Valid PublicComplaint filed) {
    RegisterComplaint.ComplainantDetails who =
        new RegisterComplaint.ComplainantDetails(
            filed.anonymous(), filed.name(), filed.email(), filed.phone());
    RegisterComplaint command =
        new RegisterComplaint(
            Channel.PUBLIC_WEB,
            filed.incidentDate(),
            filed.place(),
            filed.territoryCode(),
            filed.narrative(),
            who,
            false,
            false,
            List.of(
                new RegisterComplaint.AllegationInput(
                    filed.categoryCode(), filed.badgeNumber(), null)));
    Complaint complaint =
        create(command, AuditTrail.ANONYMOUS, filed.officerDescription(), filed.language());
    String passphrase = Passphrase.generate();
    receipts.add(new Receipt(complaint.id(), passphrase.toCharArray(), complaint.receivedAt()));
    return new PublicReceipt(complaint.referenceNumber().toString(), passphrase);
  }

  /**
   * Checks and keeps the complaint, then starts its lifecycle, whose first steps (the completeness
   * check, the acknowledgement in the complainant's language) read what is set here.
   */
  private Complaint create(
      RegisterComplaint command, String registeredBy, String officerDescription, String language) {
    List<FieldError> errors = new ArrayList<>();
    Territory territory = null;
    if (hasText(command.territoryCode())) {
      territory = units.findTerritoryByCode(command.territoryCode().strip()).orElse(null);
      if (territory == null) {
        errors.add(new FieldError("territoryCode", OfficerRefusal.NO_SUCH_TERRITORY));
      }
    }
    List<AllegationResolver.Resolved> resolved = new ArrayList<>();
    for (int i = 0; i < command.allegations().size(); i++) {
      resolved.add(
          resolver.resolve(command.allegations().get(i), "allegations[" + i + "].", errors));
    }
    Complainant complainant = complainant(command.complainant(), errors);
    // the database keeps microseconds: so does the record, from the start
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (command.incidentDate() != null
        && command.incidentDate().isAfter(now.atZone(clock.getZone()).toLocalDate())) {
      errors.add(new FieldError("incidentDate", IntakeRefusal.INCIDENT_AFTER_COMPLAINT));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }

    ReferenceNumber reference = complaints.nextReference(now.atZone(clock.getZone()).getYear());
    // every rule the complaint guards was checked above: what it still refuses is a bug
    Complaint complaint =
        new Complaint(
            reference,
            command.channel(),
            now,
            clock.getZone(),
            new Complaint.Incident(
                command.incidentDate(),
                blankToNull(command.place()),
                territory,
                Boolean.TRUE.equals(command.organizedCrimeLink()),
                Boolean.TRUE.equals(command.injuryReported())),
            command.narrative(),
            complainant);
    for (AllegationResolver.Resolved allegation : resolved) {
      complaint.allege(allegation.category(), allegation.officer(), allegation.unit());
    }
    complaint.describeOfficer(officerDescription);
    complaint.writeToComplainantIn(language);
    complaints.add(complaint);
    // the lifecycle starts in the same transaction: a complaint never exists without its process
    lifecycle.start(complaint, registeredBy);
    audit.record(
        AuditEventType.CASE_REGISTERED,
        ComplaintQueries.COMPLAINT,
        reference.toString(),
        AuditOutcome.SUCCESS,
        command.channel() + ", " + command.allegations().size() + " allegation(s)");
    LOG.info(() -> "registered complaint " + reference + " received by " + command.channel());
    meters.complaintRegistered(String.valueOf(command.channel()));
    return complaint;
  }

  private static Complainant complainant(
      RegisterComplaint.ComplainantDetails details, List<FieldError> errors) {
    if (details == null || details.anonymous()) {
      if (details != null
          && (hasText(details.name()) || hasText(details.email()) || hasText(details.phone()))) {
        errors.add(new FieldError("complainant", IntakeRefusal.ANONYMOUS_WITH_DETAILS));
      }
      return Complainant.anonymous();
    }
    if (!hasText(details.name())) {
      errors.add(new FieldError("complainant.name", IntakeRefusal.NAMED_NEEDS_NAME));
      return null;
    }
    return Complainant.named(details.name(), details.email(), details.phone());
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  private static String blankToNull(String value) {
    return hasText(value) ? value.strip() : null;
  }
}
