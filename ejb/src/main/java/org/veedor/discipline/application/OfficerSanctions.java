package org.veedor.discipline.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.discipline.domain.SanctionDecision;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.infrastructure.ComplaintSearch;

/** Each officer's sanction of a case, for those who may read the case. */
@Stateless
@RolesAllowed({
  Roles.INTAKE,
  Roles.INVESTIGATOR,
  Roles.SUPERVISOR,
  Roles.DISCIPLINARY_AUTHORITY,
  Roles.APPEALS_BODY,
  Roles.OVERSIGHT_BOARD,
  Roles.AUDITOR
})
public class OfficerSanctions {

  @PersistenceContext EntityManager em;
  @Inject ComplaintSearch search;
  @Inject Viewers viewers;
  @Inject AuditTrail audit;
  @Resource SessionContext session;

  /**
   * The case's sanctions, one per officer decided, in the order decided; empty when the case is not
   * the caller's to read (the attempt is recorded).
   */
  public Optional<List<OfficerSanction>> of(String reference) {
    Optional<Complaint> complaint = search.findVisible(reference, viewers.current(session));
    if (complaint.isEmpty()) {
      audit.record(
          AuditEventType.CASE_READ, "complaint", reference, AuditOutcome.NOT_FOUND, "sanctions");
      return Optional.empty();
    }
    List<OfficerSanction> sanctions =
        em
            .createQuery(
                "select d from SanctionDecision d where d.complaintId = :id"
                    + " order by d.decidedAt, d.id",
                SanctionDecision.class)
            .setParameter("id", complaint.get().id())
            .getResultList()
            .stream()
            .map(this::view)
            .toList();
    audit.record(
        AuditEventType.CASE_READ, "complaint", reference, AuditOutcome.SUCCESS, "sanctions");
    return Optional.of(sanctions);
  }

  private OfficerSanction view(SanctionDecision d) {
    Allegation allegation = em.find(Allegation.class, d.allegationId());
    var officer = allegation.officer();
    return new OfficerSanction(
        d.allegationId(),
        officer == null ? null : officer.badgeNumber().toString(),
        officer == null ? null : officer.fullName(),
        allegation.category().code(),
        d.recommendedMinimum().name(),
        d.recommendedMaximum().name(),
        d.referralRecommended(),
        d.sanction().name(),
        d.suspensionDays(),
        d.isInsideRange(),
        d.justification(),
        d.referralDecided(),
        d.decidedBy(),
        d.decidedAt(),
        d.appealOutcome() == null ? null : d.appealOutcome().name(),
        d.appealReason(),
        d.finalSanction().name(),
        d.finalSuspensionDays(),
        d.finalAt(),
        d.finalAt() == null && d.appealOutcome() == null ? d.appealUntil() : null);
  }
}
