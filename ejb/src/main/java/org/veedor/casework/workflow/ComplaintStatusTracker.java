package org.veedor.casework.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintStatus;

/**
 * The complaint's status as the lifecycle moves it: the models call {@code
 * ${complaintStatus.enter(execution, 'TRIAGE')}} as a stage starts, in the same transaction as the
 * step, so the status and the process never disagree. Each move leaves an audit event.
 */
@Named("complaintStatus")
@ApplicationScoped
public class ComplaintStatusTracker {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public void enter(DelegateExecution execution, String status) {
    ComplaintStatus next = ComplaintStatus.valueOf(status);
    Complaint complaint = em.find(Complaint.class, Lifecycle.complaintId(execution));
    ComplaintStatus previous = complaint.enter(next);
    if (previous != next) {
      audit.record(
          AuditEventType.CASE_STATUS_CHANGED,
          "complaint",
          complaint.referenceNumber().toString(),
          AuditOutcome.SUCCESS,
          previous + " -> " + next + " (" + execution.getCurrentActivityName() + ")");
    }
  }
}
