package org.veedor.investigation.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.Disposition;
import org.veedor.intake.workflow.Lifecycle;

/** The investigation's service tasks. */
public final class InvestigationDelegates {

  private InvestigationDelegates() {}

  abstract static class InvestigationDelegate implements JavaDelegate {

    @PersistenceContext EntityManager em;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    Complaint complaint(DelegateExecution execution) {
      return em.find(Complaint.class, Lifecycle.complaintId(execution));
    }

    void record(DelegateExecution execution, String detail) {
      audit.record(
          AuditEventType.CASE_EVENT,
          "complaint",
          complaint(execution).referenceNumber().toString(),
          AuditOutcome.SUCCESS,
          detail);
    }
  }

  /** The deadline from the confirmed triage, and the reminder at three quarters of it. */
  @Named("investigationDeadlinesDelegate")
  @ApplicationScoped
  public static class Deadlines extends InvestigationDelegate {
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
  public static class Reminder extends InvestigationDelegate {
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
  public static class NewEvidence extends InvestigationDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      record(execution, "new evidence for " + execution.getVariable(Lifecycle.INVESTIGATOR));
    }
  }

  /** The complainant withdrew; serious allegations are investigated regardless. */
  @Named("withdrawalDelegate")
  @ApplicationScoped
  public static class Withdrawal extends InvestigationDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      record(execution, "complainant withdrew; serious allegations continue");
    }
  }

  /** The supervisor approved: each proposed finding becomes the allegation's disposition. */
  @Named("recordFindingsDelegate")
  @ApplicationScoped
  public static class RecordFindings extends InvestigationDelegate {
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
