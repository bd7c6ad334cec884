package org.veedor.intake.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.CaseMessage;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.domain.ReceiptRepository;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NotAllowedException;

/**
 * Messages between a case and its complainant: intake, and the case's own investigator and
 * supervisor, write to the complainant (shown on the follow page) and read what the complainant
 * added. Others may not: the messages may say who the complainant is.
 */
@Stateless
@RolesAllowed({Roles.INTAKE, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class ComplaintMessages {

  @Resource SessionContext session;
  @Inject Viewers viewers;
  @Inject ComplaintSearch search;
  @Inject ReceiptRepository messages;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** One message as staff read it. */
  public record MessageView(
      CaseMessage.Direction direction, Instant at, String author, String body) {}

  public void send(
      @NotNull String reference, @NotBlank @Size(max = CaseMessage.MAX_BODY) String text) {
    Complaint complaint = ownCase(reference);
    messages.add(
        new CaseMessage(
            complaint.id(),
            clock.instant(),
            CaseMessage.Direction.TO_COMPLAINANT,
            session.getCallerPrincipal().getName(),
            text));
    audit.record(
        AuditEventType.CASE_EVENT,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        "message to the complainant");
  }

  public List<MessageView> list(@NotNull String reference) {
    Complaint complaint = ownCase(reference);
    audit.record(
        AuditEventType.CASE_READ, "complaint", reference, AuditOutcome.SUCCESS, "messages");
    return messages.messages(complaint.id()).stream()
        .map(m -> new MessageView(m.direction(), m.createdAt(), null, m.body()))
        .toList();
  }

  private Complaint ownCase(String reference) {
    Viewer me = viewers.current(session);
    ReferenceNumber number;
    try {
      number = ReferenceNumber.parse(reference);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("reference", IntakeRefusal.NOT_A_REFERENCE, reference);
    }
    Complaint complaint =
        search
            .findVisible(number, me)
            .orElseThrow(() -> new NotAllowedException(IntakeRefusal.NOT_YOURS_TO_SEE, reference));
    if (!AccessPolicy.readsMessages(me, complaint.accessFacts())) {
      audit.record(
          AuditEventType.CASE_READ, "complaint", reference, AuditOutcome.DENIED, "messages");
      throw new NotAllowedException(IntakeRefusal.ONLY_OWN_CASE_WRITES_TO_COMPLAINANT);
    }
    return complaint;
  }
}
