package org.veedor.investigation.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.workflow.CaseDelegate;
import org.veedor.intake.workflow.Lifecycle;

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

  /** Three quarters of the time are gone. */
  @Named("deadlineReminderDelegate")
  @ApplicationScoped
  public static class Reminder extends CaseDelegate {
    @Override
    public void execute(DelegateExecution execution) {
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
