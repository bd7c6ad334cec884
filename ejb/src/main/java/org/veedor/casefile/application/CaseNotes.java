package org.veedor.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.casefile.domain.CaseFileRefusal;
import org.veedor.casefile.domain.CaseNote;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NotAllowedException;

/**
 * Investigators' notes on a case. A note is never changed: an edit writes its next version, and
 * every version can be read. Written by the case's own investigator or a supervisor; read by those
 * who work or judge cases and by the auditor, within the case's access rules.
 */
@Stateless
@RolesAllowed({
  Roles.INVESTIGATOR,
  Roles.SUPERVISOR,
  Roles.DISCIPLINARY_AUTHORITY,
  Roles.APPEALS_BODY,
  Roles.AUDITOR
})
public class CaseNotes {

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch complaints;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A new note; empty when the case is not the writer's to see. */
  @RolesAllowed({Roles.INVESTIGATOR, Roles.SUPERVISOR})
  public Optional<NoteView> write(String reference, String text) {
    Viewer me = viewers.current(session);
    return writable(reference, me)
        .map(
            c ->
                keep(
                    c,
                    reference,
                    CaseNote.first(c.id(), checked(text), me.username(), clock.instant())));
  }

  /**
   * The next version of a note; empty when the case or the note is not there for the writer.
   *
   * @param basedOn the version the writer edited, when known: refused with a conflict when someone
   *     wrote a later one meanwhile, so that nobody overwrites a change unseen
   */
  @RolesAllowed({Roles.INVESTIGATOR, Roles.SUPERVISOR})
  public Optional<NoteView> revise(String reference, String noteKey, String text, Integer basedOn) {
    Viewer me = viewers.current(session);
    String body = checked(text);
    return writable(reference, me)
        .flatMap(
            c ->
                latest(c.id(), noteKey)
                    .map(
                        last -> {
                          if (basedOn != null && basedOn != last.versionNo()) {
                            throw new ConflictException(
                                CaseFileRefusal.NOTE_CHANGED_MEANWHILE, last.versionNo());
                          }
                          return keep(
                              c, reference, last.revise(body, me.username(), clock.instant()));
                        }));
  }

  /** The latest version of each note, oldest note first. */
  public Optional<List<NoteView>> list(String reference) {
    Viewer me = viewers.current(session);
    return visible(reference, me)
        .map(
            c ->
                em
                    .createQuery(
                        "select n from CaseNote n where n.complaintId = :c and n.versionNo ="
                            + " (select max(m.versionNo) from CaseNote m where m.noteKey = n.noteKey)"
                            + " order by n.id",
                        CaseNote.class)
                    .setParameter("c", c.id())
                    .getResultList()
                    .stream()
                    .map(CaseNotes::view)
                    .toList());
  }

  /** Every version of one note, first to latest. */
  public Optional<List<NoteView>> versions(String reference, String noteKey) {
    Viewer me = viewers.current(session);
    return visible(reference, me)
        .map(c -> versionsOf(c.id(), noteKey))
        .filter(list -> !list.isEmpty());
  }

  private List<NoteView> versionsOf(long complaintId, String noteKey) {
    return em
        .createQuery(
            "select n from CaseNote n where n.complaintId = :c and n.noteKey = :k order by n.versionNo",
            CaseNote.class)
        .setParameter("c", complaintId)
        .setParameter("k", noteKey)
        .getResultList()
        .stream()
        .map(CaseNotes::view)
        .toList();
  }

  private Optional<CaseNote> latest(long complaintId, String noteKey) {
    return em.createQuery(
            "select n from CaseNote n where n.complaintId = :c and n.noteKey = :k"
                + " order by n.versionNo desc",
            CaseNote.class)
        .setParameter("c", complaintId)
        .setParameter("k", noteKey)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private NoteView keep(Complaint complaint, String reference, CaseNote note) {
    try {
      em.persist(note); // an identity key: the row is written here
      em.flush();
    } catch (PersistenceException e) {
      // two writers of the same next version at once: the note's key and version are unique, and
      // the one whose version landed second is told so
      throw new ConflictException(CaseFileRefusal.NOTE_CHANGED_MEANWHILE, note.versionNo());
    }
    audit.record(
        AuditEventType.NOTE_WRITTEN,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        "note " + note.noteKey() + " version " + note.versionNo());
    // the complaint's index document carries its notes' latest text
    Search.session(em).indexingPlan().addOrUpdate(complaint);
    return view(note);
  }

  private static String checked(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", InputReason.REQUIRED);
    }
    if (text.length() > CaseNote.MAX_LENGTH) {
      throw new InvalidInputException("text", InputReason.TOO_LONG, CaseNote.MAX_LENGTH);
    }
    return text;
  }

  private Optional<Complaint> writable(String reference, Viewer me) {
    Optional<Complaint> complaint = visible(reference, me);
    complaint.ifPresent(
        c -> {
          if (!me.hasRole(Roles.SUPERVISOR) && !c.isWorkedBy(me.username())) {
            throw new NotAllowedException(CaseFileRefusal.ONLY_INVESTIGATOR_WRITES_NOTES);
          }
        });
    return complaint;
  }

  private Optional<Complaint> visible(String reference, Viewer me) {
    return complaints.findVisible(reference, me);
  }

  private static NoteView view(CaseNote n) {
    return new NoteView(n.noteKey(), n.versionNo(), n.body(), n.writtenBy(), n.writtenAt());
  }
}
