package org.veedor.casework.workflow;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.casework.application.CaseEvent;
import org.veedor.casework.application.PublicFollowing;
import org.veedor.casework.application.TaskTexts;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.CaseMessage;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintRepository;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.domain.Passphrase;
import org.veedor.intake.domain.Receipt;
import org.veedor.intake.domain.ReceiptRepository;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.platform.ConflictException;

/**
 * The complainant's side, without an account: with the reference and the passphrase of the receipt,
 * the milestones of the case, the messages of its staff, the outcome once closed, and a way to add
 * information. A wrong passphrase reveals nothing (not even whether the reference exists) and
 * counts towards the receipt's lock.
 */
@Stateless
@PermitAll
public class PublicFollowUp implements PublicFollowing {

  /** The steps of the lifecycle a complainant is told of, as milestones. */
  private static final Map<String, Milestone> MILESTONES =
      Map.of(
          "AcknowledgeReceiptTask", Milestone.REGISTERED,
          "ConfirmTriageTask", Milestone.ASSESSED,
          "AssignInvestigatorTask", Milestone.INVESTIGATION_OPENED,
          "RecordFindingsTask", Milestone.FINDINGS_RECORDED,
          "DecideSanctionTask", Milestone.SANCTION_DECIDED,
          "DecideAppealTask", Milestone.APPEAL_DECIDED,
          "CloseComplaintTask", Milestone.CLOSED,
          "CloseWithdrawnComplaintTask", Milestone.CLOSED,
          "ReopenComplaintTask", Milestone.REOPENED);

  @PersistenceContext EntityManager em;
  @Inject ComplaintRepository complaints;
  @Inject ReceiptRepository receipts;
  @Inject HistoryService history;
  @Inject RuntimeService runtime;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject ComplaintLifecycle lifecycle;
  @Inject TaskTexts texts;

  @Override
  public Attempt follow(String reference, String passphrase) {
    Opened opened = open(reference, passphrase);
    if (opened.complaint() == null) {
      return new Attempt(opened.check(), null);
    }
    Complaint complaint = opened.complaint();
    audit.record(
        AuditEventType.CASE_READ,
        "complaint",
        complaint.referenceNumber().toString(),
        AuditOutcome.SUCCESS,
        "followed by the complainant with the receipt");
    return new Attempt(Receipt.Check.OPENED, view(complaint));
  }

  /**
   * Adds the complainant's information to the case; if an investigation is under way, its
   * investigator is told as of new evidence.
   */
  @Override
  public Attempt addInformation(String reference, String passphrase, String text) {
    Opened opened = open(reference, passphrase);
    if (opened.complaint() == null) {
      return new Attempt(opened.check(), null);
    }
    Complaint complaint = opened.complaint();
    receipts.add(
        new CaseMessage(
            complaint.id(), clock.instant(), CaseMessage.Direction.FROM_COMPLAINANT, null, text));
    String ref = complaint.referenceNumber().toString();
    boolean investigating =
        runtime
                .createExecutionQuery()
                .processInstanceBusinessKey(ref)
                .messageEventSubscriptionName(CaseEvent.NEW_EVIDENCE.message())
                .count()
            > 0;
    if (investigating) {
      runtime
          .createMessageCorrelation(CaseEvent.NEW_EVIDENCE.message())
          .processInstanceBusinessKey(ref)
          .correlateAll();
    }
    audit.record(
        AuditEventType.CASE_EVENT,
        "complaint",
        ref,
        AuditOutcome.SUCCESS,
        "the complainant added information" + (investigating ? " (investigator told)" : ""));
    return new Attempt(Receipt.Check.OPENED, view(complaint));
  }

  /**
   * The complainant asks the oversight board to review findings that were not sustained, once the
   * case is closed (and not already under review), saying why.
   *
   * @throws ConflictException when the case is not closed with a finding not sustained, or is
   *     already under review
   */
  @Override
  public Attempt requestBoardReview(String reference, String passphrase, String reason) {
    Opened opened = open(reference, passphrase);
    if (opened.complaint() == null) {
      return new Attempt(opened.check(), null);
    }
    Complaint complaint = opened.complaint();
    String ref = complaint.referenceNumber().toString();
    if (!boardReviewOpen(complaint)) {
      throw new ConflictException(IntakeRefusal.BOARD_REVIEW_NOT_OPEN, ref);
    }
    lifecycle.deliver(complaint, CaseEvent.BOARD_REVIEW_REQUESTED, reason);
    receipts.add(
        new CaseMessage(
            complaint.id(), clock.instant(), CaseMessage.Direction.FROM_COMPLAINANT, null, reason));
    texts.keep(
        complaint.id(),
        CaseEvent.BOARD_REVIEW_REQUESTED.name(),
        CaseEvent.BOARD_REVIEW_REQUESTED.name(),
        Map.of("reason", reason),
        "complainant",
        clock.instant());
    audit.record(
        AuditEventType.CASE_EVENT,
        "complaint",
        ref,
        AuditOutcome.SUCCESS,
        "the complainant asked for board review");
    return new Attempt(Receipt.Check.OPENED, view(complaint));
  }

  /**
   * Whether the complainant may ask for board review: the case is closed, a finding was not
   * sustained, and no review runs yet.
   */
  private boolean boardReviewOpen(Complaint complaint) {
    return complaint.status() == ComplaintStatus.CLOSED
        && complaint.allegations().stream()
            .anyMatch(a -> a.disposition() != null && a.disposition() != Disposition.SUSTAINED)
        && runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.referenceNumber().toString())
                .count()
            == 0;
  }

  private record Opened(Receipt.Check check, Complaint complaint) {}

  private Opened open(String reference, String passphrase) {
    ReferenceNumber number;
    try {
      number = ReferenceNumber.parse(reference == null ? "" : reference.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      return new Opened(Receipt.Check.WRONG, null);
    }
    Optional<Complaint> complaint = complaints.findByReference(number);
    // the receipt's row is locked while its passphrase is checked and a failure counted
    Optional<Receipt> receipt = complaint.flatMap(c -> receipts.findForCheck(c.id()));
    if (receipt.isEmpty()) {
      audit.record(
          AuditEventType.CASE_READ,
          "complaint",
          number.toString(),
          AuditOutcome.NOT_FOUND,
          "follow");
      return new Opened(Receipt.Check.WRONG, null);
    }
    Receipt.Check check =
        receipt.get().open(Passphrase.normalize(passphrase).toCharArray(), clock.instant());
    if (check != Receipt.Check.OPENED) {
      audit.record(
          AuditEventType.CASE_READ,
          "complaint",
          number.toString(),
          AuditOutcome.DENIED,
          check == Receipt.Check.LOCKED ? "follow: receipt locked" : "follow: wrong passphrase");
      return new Opened(check, null);
    }
    return new Opened(check, complaint.get());
  }

  private FollowView view(Complaint opened) {
    // a duplicate's receipt follows the case it was merged into
    Complaint complaint =
        opened.mergedIntoId() == null
            ? opened
            : java.util.Optional.ofNullable(em.find(Complaint.class, opened.mergedIntoId()))
                .orElse(opened);
    String reference = complaint.referenceNumber().toString();
    List<MilestoneView> milestones = new ArrayList<>();
    milestones.add(new MilestoneView(Milestone.RECEIVED, complaint.receivedAt()));
    List<String> runs =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(reference)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    for (String run : runs) {
      for (HistoricActivityInstance step :
          history.createHistoricActivityInstanceQuery().processInstanceId(run).finished().list()) {
        Milestone milestone = MILESTONES.get(step.getActivityId());
        if (milestone != null && !step.isCanceled()) {
          milestones.add(new MilestoneView(milestone, step.getEndTime().toInstant()));
        }
      }
    }
    milestones.sort(Comparator.comparing(MilestoneView::at));
    List<MessageView> messages =
        receipts.messages(complaint.id()).stream()
            .map(m -> new MessageView(m.direction(), m.createdAt(), m.body()))
            .toList();
    List<OutcomeView> outcome =
        complaint.allegations().stream()
            .sorted(Comparator.comparing(Allegation::id))
            .map(
                a ->
                    new OutcomeView(
                        a.category().code(),
                        a.disposition() == null ? null : a.disposition().name()))
            .toList();
    return new FollowView(
        reference,
        complaint.status().name(),
        complaint.receivedAt(),
        complaint.closedAt(),
        milestones,
        messages,
        outcome,
        boardReviewOpen(complaint));
  }
}
