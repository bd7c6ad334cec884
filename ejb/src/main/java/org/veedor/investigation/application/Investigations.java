package org.veedor.investigation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;

/**
 * The investigation of a complaint as typed commands, each validated whole (every refusal names its
 * field) before anything changes. Who may give each command is the task's to check: these run in
 * the transaction of the task they complete.
 */
@ApplicationScoped
public class Investigations {

  /**
   * Names the investigator of a complaint.
   *
   * @param supervisor who assigns, and reviews the findings later
   * @param specialUnitCase whether the case is the special corruption unit's (its members only)
   */
  public record Assignment(
      long complaintId, String investigator, String supervisor, boolean specialUnitCase) {}

  /**
   * A finding proposed for every allegation of the complaint.
   *
   * @param findings by allegation id, each a {@link Disposition} by name
   */
  public record ProposedFindings(long complaintId, Map<String, String> findings) {}

  /**
   * The supervisor's review of the proposed findings.
   *
   * @param comments what to redo, required when the findings are returned
   */
  public record Review(
      boolean approved, String comments, String reviewer, String findingsInvestigator) {}

  /**
   * The decision on an investigation past its deadline.
   *
   * @param investigator the one who takes over (for {@link OverdueAction#REASSIGN})
   * @param currentDeadline the deadline that passed, if known
   */
  public record OverdueDecision(
      long complaintId,
      OverdueAction action,
      int extraDays,
      String investigator,
      String currentInvestigator,
      String supervisor,
      Instant currentDeadline,
      boolean specialUnitCase) {}

  /**
   * The supervisor hands an overdue investigation to the head of the unit.
   *
   * @param specialUnitCase whether the case is the special corruption unit's (its members only)
   */
  public record Escalation(long complaintId, String supervisor, boolean specialUnitCase) {}

  /** The investigation's new dates: the deadline, and the reminder at 75 % of the time left. */
  public record Deadline(Instant deadlineAt, Instant reminderAt) {}

  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch search;
  @Inject InvestigationSettings settings;
  @Inject Clock clock;

  /**
   * Names the investigator: an investigator the access rules let see the case (nobody named in it
   * or serving in a named unit) and, for the special corruption unit's cases, one of its members.
   *
   * @throws InvalidInputException naming the investigator
   */
  public void assign(Assignment command) {
    Complaint complaint = complaint(command.complaintId());
    List<FieldError> errors = new ArrayList<>();
    checkInvestigator(complaint, command.investigator(), command.specialUnitCase(), errors);
    refuse(errors);
    complaint.assignTo(command.investigator(), command.supervisor());
  }

  /**
   * Proposes a finding for every allegation; the supervisor reviews them.
   *
   * @throws InvalidInputException naming each allegation without a finding, with one that is no
   *     disposition, or that is not the complaint's
   */
  public void proposeFindings(ProposedFindings command) {
    Complaint complaint = complaint(command.complaintId());
    Map<String, String> findings = command.findings();
    List<FieldError> errors = new ArrayList<>();
    Map<Allegation, Disposition> proposals = new HashMap<>();
    for (Allegation allegation : complaint.allegations()) {
      String key = String.valueOf(allegation.id());
      String value = findings.get(key);
      if (value == null) {
        errors.add(new FieldError("findings." + key, InvestigationRefusal.FINDING_NEEDED));
        continue;
      }
      try {
        proposals.put(allegation, Disposition.valueOf(value));
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError(
                "findings." + key, InputReason.NOT_ONE_OF, Arrays.toString(Disposition.values())));
      }
    }
    for (String key : findings.keySet()) {
      if (complaint.allegations().stream().noneMatch(a -> String.valueOf(a.id()).equals(key))) {
        errors.add(new FieldError("findings." + key, InvestigationRefusal.NO_SUCH_ALLEGATION));
      }
    }
    refuse(errors);
    proposals.forEach(Allegation::propose);
  }

  /**
   * Four eyes: the findings are approved or returned by someone other than their investigator, and
   * a return says what to redo.
   *
   * @throws InvalidInputException naming the comments or the approval
   */
  public void review(Review command) {
    List<FieldError> errors = new ArrayList<>();
    if (!command.approved() && (command.comments() == null || command.comments().isBlank())) {
      errors.add(new FieldError("comments", InvestigationRefusal.SAY_WHAT_TO_REDO));
    }
    if (command.reviewer().equals(command.findingsInvestigator())) {
      errors.add(new FieldError("approved", InvestigationRefusal.OWN_FINDINGS));
    }
    refuse(errors);
  }

  /**
   * Decides on an overdue investigation: more days from the deadline that passed (or from now, when
   * it is long gone), for the same investigator or another who may work the case. The complaint
   * keeps its deadline in days and its investigator; the caller issues the investigation's task
   * again with the dates returned.
   *
   * @throws InvalidInputException naming the investigator
   */
  public Deadline decideOverdue(OverdueDecision command) {
    Complaint complaint = complaint(command.complaintId());
    boolean reassign = command.action() == OverdueAction.REASSIGN;
    if (reassign) {
      List<FieldError> errors = new ArrayList<>();
      if (command.investigator().equals(command.currentInvestigator())) {
        errors.add(new FieldError("investigator", InvestigationRefusal.SAME_INVESTIGATOR));
      }
      checkInvestigator(complaint, command.investigator(), command.specialUnitCase(), errors);
      refuse(errors);
    }
    Instant now = clock.instant();
    Instant from =
        command.currentDeadline() != null && command.currentDeadline().isAfter(now)
            ? command.currentDeadline()
            : now;
    Instant deadline = from.plus(Duration.ofDays(command.extraDays()));
    Instant reminder = now.plus(Duration.between(now, deadline).multipliedBy(3).dividedBy(4));
    if (complaint.deadlineDays() != null) {
      complaint.setInvestigationDeadline(complaint.deadlineDays() + command.extraDays());
    }
    if (reassign) {
      complaint.assignTo(command.investigator(), command.supervisor());
    }
    return new Deadline(deadline, reminder);
  }

  /**
   * Escalates an overdue investigation to the head of the unit the install names, who decides in a
   * task of their own. The head is someone else than the escalating supervisor, holds the
   * supervisor's role and may work the case (the conflict rule, and the special unit's cases for
   * its members only). Nothing of the case changes until the head decides.
   *
   * @return the head's user name, to whom the decision's task goes
   * @throws InvalidInputException naming the action, when there is nobody to escalate to
   */
  public String escalate(Escalation command) {
    Complaint complaint = complaint(command.complaintId());
    Optional<String> head = settings.headOfUnit();
    if (head.isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldError("action", InvestigationRefusal.NO_HEAD_OF_UNIT)));
    }
    if (head.get().equals(command.supervisor())) {
      throw new InvalidInputException(
          List.of(new FieldError("action", InvestigationRefusal.YOU_HEAD_THE_UNIT)));
    }
    Optional<Viewer> candidate = viewers.of(head.get());
    if (candidate.isEmpty()
        || !candidate.get().hasRole(Roles.SUPERVISOR)
        || search.findVisible(complaint.referenceNumber(), candidate.get()).isEmpty()
        || command.specialUnitCase() && !candidate.get().sealedCasesUnitMember()) {
      throw new InvalidInputException(
          List.of(new FieldError("action", InvestigationRefusal.HEAD_MAY_NOT_WORK_CASE)));
    }
    return head.get();
  }

  private void checkInvestigator(
      Complaint complaint, String investigator, boolean specialUnitCase, List<FieldError> errors) {
    if (investigator == null) {
      return;
    }
    Optional<Viewer> candidate = viewers.of(investigator);
    if (candidate.isEmpty() || !candidate.get().hasRole(Roles.INVESTIGATOR)) {
      errors.add(new FieldError("investigator", InvestigationRefusal.NO_SUCH_INVESTIGATOR));
    } else if (search.findVisible(complaint.referenceNumber(), candidate.get()).isEmpty()) {
      errors.add(
          new FieldError("investigator", InvestigationRefusal.INVESTIGATOR_MAY_NOT_WORK_CASE));
    } else if (specialUnitCase && !candidate.get().sealedCasesUnitMember()) {
      errors.add(new FieldError("investigator", InvestigationRefusal.SPECIAL_UNIT_MEMBERS_ONLY));
    }
  }

  private Complaint complaint(long id) {
    Complaint complaint = em.find(Complaint.class, id);
    if (complaint == null) {
      throw new IllegalStateException("no complaint " + id);
    }
    return complaint;
  }

  private static void refuse(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
