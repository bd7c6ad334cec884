package org.veedor.casework.workflow;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.intake.domain.Complaint;

/**
 * Base of the lifecycle's delegates: the complaint of the running process, the clock, and the audit
 * trail in which each step that changes the case leaves its event.
 */
public abstract class CaseDelegate implements JavaDelegate {

  @PersistenceContext protected EntityManager em;
  @Inject protected AuditTrail audit;
  @Inject protected Clock clock;

  protected Complaint complaint(DelegateExecution execution) {
    return em.find(Complaint.class, Lifecycle.complaintId(execution));
  }

  protected void record(DelegateExecution execution, AuditEventType type, String detail) {
    audit.record(type, "complaint", execution.getBusinessKey(), AuditOutcome.SUCCESS, detail);
  }

  /** A case event (a step of the lifecycle that is not a change of stage). */
  protected void record(DelegateExecution execution, String detail) {
    record(execution, AuditEventType.CASE_EVENT, detail);
  }
}
