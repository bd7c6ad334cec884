package org.veedor.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.casefile.domain.CaseFile;
import org.veedor.casefile.domain.CaseFileRefusal;
import org.veedor.casefile.domain.CustodyAction;
import org.veedor.casefile.domain.CustodyEvent;
import org.veedor.casefile.infrastructure.FileStore;
import org.veedor.casefile.infrastructure.TextExtractor;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.CaseFacts;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.platform.NotAllowedException;

/**
 * The documents of a case, with their chain of custody: who added, viewed and downloaded each.
 * Every read goes through the case's access rules (a case the reader may not see has no files for
 * them), and every download checks the stored bytes against the hash taken when they arrived.
 */
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
public class CaseFiles {

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch complaints;
  @Inject FileStore store;
  @Inject CaseFileSettings settings;
  @Inject TextExtractor extractor;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<FileAdded> added;

  /**
   * Receives a document for a case: stored by its hash, its type told by its bytes, its text
   * extracted after this transaction commits.
   *
   * @param identifying whether the file identifies the complainant; null for the default: files
   *     that intake receives do (a statement, a form), others do not
   * @throws org.veedor.casefile.domain.FileTooLargeException past the size limit
   * @throws UnsupportedFileException when its bytes are not of an accepted type
   */
  @RolesAllowed({Roles.INTAKE, Roles.INVESTIGATOR, Roles.SUPERVISOR})
  public Optional<CaseFileView> add(
      String reference, String fileName, InputStream content, Boolean identifying) {
    Viewer me = viewers.current(session);
    Optional<Complaint> complaint = visible(reference, me);
    if (complaint.isEmpty()) {
      return Optional.empty();
    }
    mayAdd(complaint.get(), me);
    FileStore.Stored stored = store.store(content, settings.maxFileBytes());
    String type = extractor.detect(stored.path());
    if (!TextExtractor.ACCEPTED.contains(type)) {
      throw new UnsupportedFileException(type);
    }
    CaseFile file =
        new CaseFile(
            complaint.get().id(),
            stored.sha256(),
            stored.size(),
            type,
            cleanName(fileName),
            me.username(),
            clock.instant(),
            identifying == null ? me.hasRole(Roles.INTAKE) : identifying);
    em.persist(file);
    em.flush();
    custody(file, CustodyAction.ADDED, me.username(), "sha256 " + stored.sha256());
    audit.record(
        AuditEventType.EVIDENCE_ADDED,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        file.fileName()
            + (file.identifiesComplainant() ? " (identifies the complainant)" : "")
            + " ("
            + type
            + ", "
            + stored.size()
            + " bytes, sha256 "
            + stored.sha256()
            + ")");
    added.fire(new FileAdded(file.id()));
    return Optional.of(view(file, reference, true));
  }

  /**
   * Marks whether a file identifies the complainant, for the readers who may know the complainant
   * (intake, the case's investigator and supervisor); recorded in the trail and the custody log,
   * and the search reindexed so that its words follow the mark.
   */
  @RolesAllowed({Roles.INTAKE, Roles.INVESTIGATOR, Roles.SUPERVISOR})
  public Optional<CaseFileView> markIdentifying(String reference, long fileId, boolean identifies) {
    Viewer me = viewers.current(session);
    Optional<Complaint> complaint = visible(reference, me);
    if (complaint.isEmpty()) {
      return Optional.empty();
    }
    if (!AccessPolicy.readsComplainantIdentity(me, complaint.get().accessFacts())) {
      throw new NotAllowedException(CaseFileRefusal.ONLY_OWN_CASE_MARKS_IDENTIFYING);
    }
    Optional<CaseFile> found =
        Optional.ofNullable(em.find(CaseFile.class, fileId))
            .filter(f -> f.complaintId() == complaint.get().id());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CaseFile file = found.get();
    boolean before = file.markIdentifying(identifies);
    if (before != identifies) {
      String change =
          identifies ? "marked as identifying the complainant" : "no longer marked as identifying";
      custody(file, CustodyAction.MARKED, me.username(), change);
      audit.record(
          AuditEventType.CASE_EVENT,
          "complaint",
          reference,
          AuditOutcome.SUCCESS,
          file.fileName() + ": " + change + " (before: " + (before ? "identifying" : "not") + ")");
      Search.session(em).indexingPlan().addOrUpdate(complaint.get());
    }
    return Optional.of(view(file, reference, true));
  }

  /**
   * The case's files, oldest first; empty when the case is not the reader's to see. Files that
   * identify the complainant are listed to every reader, described without their content to those
   * who may not know the complainant.
   */
  public Optional<List<CaseFileView>> list(String reference) {
    Viewer me = viewers.current(session);
    return visible(reference, me)
        .map(
            c -> {
              CaseFacts facts = c.accessFacts();
              return em
                  .createQuery(
                      "select f from CaseFile f where f.complaintId = :c order by f.addedAt, f.id",
                      CaseFile.class)
                  .setParameter("c", c.id())
                  .getResultList()
                  .stream()
                  .map(f -> view(f, reference, readsContent(me, facts, f)))
                  .toList();
            });
  }

  /** One file's description and its chain of custody; the reading is itself recorded. */
  public Optional<FileWithCustody> describe(String reference, long fileId) {
    Viewer me = viewers.current(session);
    Optional<Complaint> complaint = visible(reference, me);
    Optional<CaseFile> file = complaint.flatMap(c -> file(c, fileId));
    file.ifPresent(f -> custody(f, CustodyAction.VIEWED, me.username(), null));
    return file.map(
        f ->
            new FileWithCustody(
                view(f, reference, readsContent(me, complaint.get().accessFacts(), f)),
                custodyOf(f)));
  }

  /** A file and its custody. */
  public record FileWithCustody(CaseFileView file, List<CustodyView> custody) {}

  /**
   * The file to send, after its stored bytes were checked against their recorded hash.
   *
   * @throws IntegrityException when they no longer match: the download is refused, recorded in the
   *     custody log and raised in the audit trail (committed even so)
   */
  public Optional<Download> download(String reference, long fileId) {
    Viewer me = viewers.current(session);
    Optional<Complaint> complaint = visible(reference, me);
    Optional<CaseFile> found = complaint.flatMap(c -> file(c, fileId));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CaseFile file = found.get();
    if (!readsContent(me, complaint.get().accessFacts(), file)) {
      // as if it were not there, but the trail knows someone tried
      audit.record(
          AuditEventType.EVIDENCE_DOWNLOADED,
          "complaint",
          reference,
          AuditOutcome.DENIED,
          "file " + file.id() + " identifies the complainant");
      return Optional.empty();
    }
    String now = store.hashNow(file.sha256());
    if (!file.sha256().equals(now)) {
      String detail =
          now == null
              ? "the stored file is missing"
              : "stored bytes hash to " + now + ", recorded " + file.sha256();
      custody(file, CustodyAction.INTEGRITY_FAILED, me.username(), detail);
      audit.record(
          AuditEventType.EVIDENCE_TAMPERED,
          "complaint",
          reference,
          AuditOutcome.FAILURE,
          file.fileName() + ": " + detail + "; download refused");
      // the refusal and its records commit; the caller is told by the exception's mapping
      throw new IntegrityException();
    }
    custody(file, CustodyAction.DOWNLOADED, me.username(), "sha256 verified");
    audit.record(
        AuditEventType.EVIDENCE_DOWNLOADED,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        file.fileName());
    return Optional.of(
        new Download(
            file.fileName(),
            file.mediaType(),
            file.sizeBytes(),
            file.sha256(),
            store.path(file.sha256())));
  }

  private Optional<CaseFile> file(Complaint complaint, long fileId) {
    return Optional.ofNullable(em.find(CaseFile.class, fileId))
        .filter(f -> f.complaintId() == complaint.id());
  }

  private static boolean readsContent(Viewer me, CaseFacts facts, CaseFile file) {
    return AccessPolicy.readsFileContent(me, facts, file.identifiesComplainant());
  }

  private Optional<Complaint> visible(String reference, Viewer me) {
    return complaints.findVisible(reference, me);
  }

  /** Intake and supervisors add to any case they see; an investigator to the cases they work. */
  private static void mayAdd(Complaint complaint, Viewer me) {
    if (me.hasRole(Roles.INTAKE) || me.hasRole(Roles.SUPERVISOR)) {
      return;
    }
    if (!complaint.isWorkedBy(me.username())) {
      throw new NotAllowedException(CaseFileRefusal.ONLY_INVESTIGATOR_ADDS_FILES);
    }
  }

  private void custody(CaseFile file, CustodyAction action, String username, String detail) {
    em.persist(new CustodyEvent(file, action, username, clock.instant(), detail));
  }

  private List<CustodyView> custodyOf(CaseFile file) {
    return em
        .createQuery(
            "select e from CustodyEvent e where e.caseFileId = :f order by e.id",
            CustodyEvent.class)
        .setParameter("f", file.id())
        .getResultList()
        .stream()
        .map(e -> new CustodyView(e.action().name(), e.username(), e.occurredAt(), e.detail()))
        .toList();
  }

  static CaseFileView view(CaseFile f, String reference, boolean content) {
    if (!content) {
      return new CaseFileView(
          f.id(),
          reference,
          null,
          f.mediaType(),
          f.sizeBytes(),
          null,
          f.addedBy(),
          f.addedAt(),
          f.extractionState().name(),
          null,
          null,
          0,
          true,
          true);
    }
    return new CaseFileView(
        f.id(),
        reference,
        f.fileName(),
        f.mediaType(),
        f.sizeBytes(),
        f.sha256(),
        f.addedBy(),
        f.addedAt(),
        f.extractionState().name(),
        f.extractionReason(),
        f.extractionCode() == null ? null : f.extractionCode().name(),
        f.extractedText() == null ? 0 : f.extractedText().length(),
        f.identifiesComplainant(),
        false);
  }

  /** A name to show, never a path: its last segment, printable characters only, 200 at most. */
  static String cleanName(String name) {
    if (name == null || name.isBlank()) {
      return "document";
    }
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1);
    StringBuilder clean = new StringBuilder();
    last.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '"' && c != '<' && c != '>')
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    if (result.isEmpty() || result.equals(".") || result.equals("..")) {
      return "document";
    }
    return result.length() > 200 ? result.substring(0, 200) : result;
  }
}
