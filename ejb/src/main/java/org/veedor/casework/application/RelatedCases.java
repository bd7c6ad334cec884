package org.veedor.casework.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.CaseLink;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.NotAllowedException;

/**
 * Complaints that belong together: linked (the same incident, the same pattern) by intake or the
 * case's own staff, or a duplicate merged by a supervisor into the case that goes on. A merge ends
 * the duplicate's lifecycle, moves its files (with a custody event), messages and written texts to
 * the surviving case, and leaves its reference opening that case. Each is audited on both cases.
 */
@Stateless
@RolesAllowed({Roles.INTAKE, Roles.INVESTIGATOR, Roles.SUPERVISOR})
public class RelatedCases {

  /** One related case as the case's page lists it. */
  public record Related(String reference, String kind, String reason, String by, Instant at) {}

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch search;
  @Inject RunningLifecycle lifecycle;
  @Inject AuditTrail audit;
  @Inject TaskTexts texts;
  @Inject Clock clock;

  /** Links two complaints the caller works, saying why. */
  public void link(@NotNull String reference, String other, CaseLink.Kind kind, String reason) {
    Viewer me = viewers.current(session);
    List<FieldError> errors = new ArrayList<>();
    if (kind == null || kind == CaseLink.Kind.DUPLICATE_OF) {
      errors.add(
          new FieldError(
              "kind", org.veedor.platform.InputReason.NOT_ONE_OF, "[SAME_INCIDENT, SAME_PATTERN]"));
    }
    String why = reason(reason, errors);
    Complaint complaint = amendable(reference, me);
    Complaint linked = visible(other, "reference", me, errors);
    if (linked != null && linked.id().equals(complaint.id())) {
      errors.add(new FieldError("reference", IntakeRefusal.NOT_ITSELF));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant now = clock.instant();
    em.persist(new CaseLink(complaint.id(), linked.id(), kind, why, me.username(), now));
    for (Complaint c : List.of(complaint, linked)) {
      Complaint otherCase = c == complaint ? linked : complaint;
      audit.record(
          AuditEventType.CASE_AMENDED,
          "complaint",
          c.referenceNumber().toString(),
          AuditOutcome.SUCCESS,
          "linked to " + otherCase.referenceNumber() + " (" + kind + ")");
    }
    texts.keep(
        complaint.id(), "CASE_LINKED", "CASE_LINKED", Map.of("reason", why), me.username(), now);
  }

  /**
   * Merges a duplicate into the case that goes on (supervisors): the duplicate's lifecycle ends,
   * its files, notes, messages and written texts move, and its reference opens the surviving case.
   *
   * @throws ConflictException when the duplicate was already merged or the survivor was
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public void merge(@NotNull String duplicateReference, String survivorReference, String reason) {
    Viewer me = viewers.current(session);
    List<FieldError> errors = new ArrayList<>();
    String why = reason(reason, errors);
    Complaint duplicate = amendable(duplicateReference, me);
    Complaint survivor = visible(survivorReference, "into", me, errors);
    if (survivor != null && survivor.id().equals(duplicate.id())) {
      errors.add(new FieldError("into", IntakeRefusal.NOT_ITSELF));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (duplicate.mergedIntoId() != null || survivor.mergedIntoId() != null) {
      throw new ConflictException(IntakeRefusal.ALREADY_MERGED, duplicateReference);
    }
    Instant now = clock.instant();
    String into = survivor.referenceNumber().toString();
    int ended = lifecycle.end(duplicate, "merged into " + into);
    // files move with a custody event of their own (the chain of custody is append-only, its
    // earlier events keep the case they happened in); messages and written texts move; the
    // investigators' notes are append-only and stay with the duplicate
    @SuppressWarnings("unchecked")
    List<Number> files =
        em.createNativeQuery("select id from case_file where complaint_id = ?1")
            .setParameter(1, duplicate.id())
            .getResultList();
    for (String table : List.of("case_file", "case_message", "task_text")) {
      em.createNativeQuery("update " + table + " set complaint_id = ?1 where complaint_id = ?2")
          .setParameter(1, survivor.id())
          .setParameter(2, duplicate.id())
          .executeUpdate();
    }
    for (Number file : files) {
      em.createNativeQuery(
              "insert into custody_event (case_file_id, complaint_id, action, username,"
                  + " occurred_at, detail) values (?1, ?2, 'MOVED', ?3, ?4, ?5)")
          .setParameter(1, file.longValue())
          .setParameter(2, survivor.id())
          .setParameter(3, me.username())
          .setParameter(4, now)
          .setParameter(5, "moved from the duplicate " + duplicateReference + " into " + into)
          .executeUpdate();
    }
    duplicate.mergeInto(survivor, now);
    em.persist(
        new CaseLink(
            duplicate.id(), survivor.id(), CaseLink.Kind.DUPLICATE_OF, why, me.username(), now));
    audit.record(
        AuditEventType.CASE_AMENDED,
        "complaint",
        duplicateReference,
        AuditOutcome.SUCCESS,
        "merged into " + into + " as a duplicate (" + ended + " lifecycle run(s) ended): " + why);
    audit.record(
        AuditEventType.CASE_AMENDED,
        "complaint",
        into,
        AuditOutcome.SUCCESS,
        "took in the duplicate "
            + duplicateReference
            + ": "
            + files.size()
            + " file(s) and its messages");
    texts.keep(
        survivor.id(), "CASE_MERGED", "CASE_MERGED", Map.of("reason", why), me.username(), now);
    em.flush();
    em.clear();
    var index = Search.session(em).indexingPlan();
    index.addOrUpdate(em.find(Complaint.class, duplicate.id()));
    index.addOrUpdate(em.find(Complaint.class, survivor.id()));
  }

  /** The cases linked to this one, either way, oldest first; empty when not the caller's. */
  @RolesAllowed({
    Roles.INTAKE,
    Roles.INVESTIGATOR,
    Roles.SUPERVISOR,
    Roles.DISCIPLINARY_AUTHORITY,
    Roles.APPEALS_BODY,
    Roles.OVERSIGHT_BOARD,
    Roles.AUDITOR
  })
  public List<Related> of(@NotNull String reference) {
    long id =
        search
            .findVisible(reference, viewers.current(session))
            .orElseThrow(() -> new NotAllowedException(IntakeRefusal.NOT_YOURS_TO_SEE, reference))
            .id();
    List<Related> related = new ArrayList<>();
    for (CaseLink link :
        em.createQuery(
                "select l from CaseLink l where l.complaintId = :id or l.linkedId = :id"
                    + " order by l.linkedAt",
                CaseLink.class)
            .setParameter("id", id)
            .getResultList()) {
      long otherId = link.complaintId() == id ? link.linkedId() : link.complaintId();
      Complaint other = em.find(Complaint.class, otherId);
      if (other != null
          && search.findVisible(other.referenceNumber(), viewers.current(session)).isPresent()) {
        related.add(
            new Related(
                other.referenceNumber().toString(),
                link.kind().name(),
                link.reason(),
                link.linkedBy(),
                link.linkedAt()));
      }
    }
    return related;
  }

  private Complaint amendable(String reference, Viewer me) {
    Complaint complaint =
        search
            .findVisible(reference, me)
            .orElseThrow(() -> new NotAllowedException(IntakeRefusal.NOT_YOURS_TO_SEE, reference));
    if (!AccessPolicy.amendsCase(me, complaint.accessFacts())) {
      audit.record(
          AuditEventType.CASE_AMENDED,
          "complaint",
          reference,
          AuditOutcome.DENIED,
          "link or merge");
      throw new NotAllowedException(IntakeRefusal.ONLY_CASE_STAFF_AMEND);
    }
    return complaint;
  }

  private Complaint visible(String reference, String field, Viewer me, List<FieldError> errors) {
    Optional<Complaint> found =
        reference == null ? Optional.empty() : search.findVisible(reference.strip(), me);
    if (found.isEmpty()) {
      errors.add(new FieldError(field, IntakeRefusal.NOT_YOURS_TO_SEE, reference));
      return null;
    }
    return found.get();
  }

  private static String reason(String reason, List<FieldError> errors) {
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", IntakeRefusal.AMENDMENT_NEEDS_REASON));
      return null;
    }
    return reason.strip();
  }
}
