package org.veedor.investigation.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.veedor.casework.workflow.CaseDelegate;
import org.veedor.casework.workflow.Lifecycle;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.Disposition;

/** The investigation's service tasks. */
public final class InvestigationDelegates {

  private InvestigationDelegates() {}

  /** The deadline from the confirmed triage, and the reminder at three quarters of it. */
  @Named("investigationDeadlinesDelegate")
  @ApplicationScoped
  public static class Deadlines extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      long days = ((Number) execution.getVariable(Lifecycle.DEADLINE_DAYS)).longValue();
      Instant now = clock.instant();
      Duration span = Duration.ofDays(days);
      Instant reminder = now.plus(span.multipliedBy(3).dividedBy(4));
      Instant deadline = now.plus(span);
      execution.setVariable(Lifecycle.REMINDER_AT, Date.from(reminder));
      execution.setVariable(Lifecycle.DEADLINE_AT, Date.from(deadline));
      record(execution, "investigation deadline " + deadline + " (" + days + " days)");
    }
  }

  /**
   * A criminal case opened: the investigation's clock stops. The moment is kept, so that the time
   * left can be given back when the case resumes.
   */
  @Named("pauseDeadlinesDelegate")
  @ApplicationScoped
  public static class PauseDeadlines extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(Lifecycle.SUSPENDED_AT, Date.from(clock.instant()));
      record(execution, "deadlines paused while the criminal case runs");
    }
  }

  /**
   * The criminal case closed: the reminder and the deadline move on by the time the investigation
   * was suspended, and the investigator's task is issued again with them.
   */
  @Named("resumeDeadlinesDelegate")
  @ApplicationScoped
  public static class ResumeDeadlines extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      Object paused = execution.getVariable(Lifecycle.SUSPENDED_AT);
      if (!(paused instanceof Date since)) {
        return;
      }
      Duration suspended = Duration.between(since.toInstant(), clock.instant());
      for (String name : List.of(Lifecycle.REMINDER_AT, Lifecycle.DEADLINE_AT)) {
        if (execution.getVariable(name) instanceof Date date) {
          execution.setVariable(name, shifted(date, suspended));
        }
      }
      execution.setVariable(Lifecycle.SUSPENDED_AT, null);
      record(
          execution,
          "deadlines resumed: moved on by "
              + suspended.toDays()
              + " days; deadline "
              + ((Date) execution.getVariable(Lifecycle.DEADLINE_AT)).toInstant());
    }

    /** A date moved on by the time suspended (never back). */
    static Date shifted(Date date, Duration suspended) {
      return suspended.isNegative() ? date : Date.from(date.toInstant().plus(suspended));
    }
  }

  /**
   * The deadline passed, or the supervisor escalated: whoever decides (the supervisor, or the head
   * of the unit) is written to, besides the task in their inbox.
   */
  @Named("escalationNoticeDelegate")
  @ApplicationScoped
  public static class EscalationNotice implements org.camunda.bpm.engine.delegate.TaskListener {

    @jakarta.inject.Inject org.veedor.identity.application.Viewers viewers;
    @jakarta.inject.Inject org.veedor.casework.application.Letters letters;
    @jakarta.inject.Inject org.veedor.platform.mail.Mailer mailer;

    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
      // the task's own assignee: the supervisor at the deadline, the head of the unit when
      // escalated
      String decider = task.getAssignee();
      Object investigator = task.getVariable(Lifecycle.INVESTIGATOR);
      viewers
          .emailOf(decider)
          .ifPresent(
              to ->
                  mailer.send(
                      letters.escalation(
                          to,
                          task.getExecution().getProcessBusinessKey(),
                          investigator == null ? "?" : investigator.toString())));
    }
  }

  /** Three quarters of the time are gone. */
  @Named("deadlineReminderDelegate")
  @ApplicationScoped
  public static class Reminder extends CaseDelegate {

    @jakarta.inject.Inject org.veedor.identity.application.Viewers viewers;
    @jakarta.inject.Inject org.veedor.casework.application.Letters letters;
    @jakarta.inject.Inject org.veedor.platform.mail.Mailer mailer;

    @Override
    public void execute(DelegateExecution execution) {
      Object investigator = execution.getVariable(Lifecycle.INVESTIGATOR);
      Object deadline = execution.getVariable(Lifecycle.DEADLINE_AT);
      viewers
          .emailOf(investigator == null ? null : investigator.toString())
          .ifPresent(
              to ->
                  mailer.send(
                      letters.reminder(
                          to,
                          execution.getProcessBusinessKey(),
                          deadline instanceof Date date
                              ? date.toInstant().atZone(clock.getZone()).toLocalDate().toString()
                              : "?")));
      record(
          execution,
          "reminder to "
              + execution.getVariable(Lifecycle.INVESTIGATOR)
              + ": 75 % of the investigation's time has passed");
    }
  }

  /** New evidence arrived for a case under investigation. */
  @Named("newEvidenceDelegate")
  @ApplicationScoped
  public static class NewEvidence extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      Object investigator = execution.getVariable(Lifecycle.INVESTIGATOR);
      record(
          execution,
          investigator == null
              ? "new evidence for the case's supervisor"
              : "new evidence for " + investigator);
    }
  }

  /**
   * The complainant withdrew: the date is kept whether the case closes or, for serious allegations,
   * the investigation goes on regardless.
   */
  @Named("withdrawalDelegate")
  @ApplicationScoped
  public static class Withdrawal extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      Complaint complaint = complaint(execution);
      complaint.recordWithdrawal(clock.instant());
      // read from the allegations as they are now: before triage no one has judged them yet
      boolean serious = complaint.allegations().stream().anyMatch(a -> a.category().isSerious());
      execution.setVariable(Lifecycle.SERIOUS_ALLEGATIONS, serious);
      record(
          execution,
          serious
              ? "complainant withdrew; serious allegations continue"
              : "complainant withdrew; nothing serious, the case closes");
    }
  }

  /** The supervisor approved: each proposed finding becomes the allegation's disposition. */
  @Named("recordFindingsDelegate")
  @ApplicationScoped
  public static class RecordFindings extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      Complaint complaint = complaint(execution);
      LocalDate today = LocalDate.now(clock);
      boolean sustained = false;
      for (Allegation allegation : complaint.allegations()) {
        allegation.approveProposal(today);
        sustained |= allegation.disposition() == Disposition.SUSTAINED;
      }
      execution.setVariable(Lifecycle.ANY_SUSTAINED, sustained);
      execution.setVariable(Lifecycle.WITHDRAWN, false);
      record(execution, "findings recorded" + (sustained ? ": sustained" : ": none sustained"));
    }
  }
}
