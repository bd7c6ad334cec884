package org.veedor.intake.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.platform.NotAllowedException;

/**
 * Sealing by decision: a supervisor of the sealed-cases unit seals a case the rule leaves open (or
 * unseals one it seals), always with a reason, which the trail keeps with the state before and
 * after. The search index and the rollups follow the complaint's new state.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class CaseSealing {

  @Resource SessionContext session;
  @Inject Viewers viewers;
  @Inject ComplaintSearch search;
  @Inject AuditTrail audit;

  /** The sealed state of a case after a decision. */
  public record SealingView(String referenceNumber, boolean sealed, String reason) {}

  /** Seals or unseals the case; empty when it is not the supervisor's to see. */
  public Optional<SealingView> decide(
      @NotNull String reference, boolean seal, @NotBlank @Size(max = 2000) String reason) {
    Viewer me = viewers.current(session);
    if (!AccessPolicy.decidesSealing(me)) {
      audit.record(
          AuditEventType.CASE_EVENT,
          "complaint",
          reference,
          AuditOutcome.DENIED,
          seal ? "seal" : "unseal");
      throw new NotAllowedException(IntakeRefusal.ONLY_SEALED_CASES_SUPERVISORS);
    }
    Optional<Complaint> found = search.findVisible(reference, me);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Complaint complaint = found.get();
    boolean before = complaint.decideSealing(seal, reason);
    audit.record(
        AuditEventType.CASE_EVENT,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        (seal ? "sealed" : "unsealed")
            + " by decision (before: "
            + (before ? "sealed" : "not sealed")
            + ", after: "
            + (complaint.isSealed() ? "sealed" : "not sealed")
            + "): "
            + reason.strip());
    return Optional.of(
        new SealingView(
            complaint.referenceNumber().toString(), complaint.isSealed(), reason.strip()));
  }
}
