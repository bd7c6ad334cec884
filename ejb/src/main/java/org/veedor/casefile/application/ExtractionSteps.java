package org.veedor.casefile.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.casefile.domain.CaseFile;
import org.veedor.casefile.domain.CustodyAction;
import org.veedor.casefile.domain.CustodyEvent;
import org.veedor.casefile.domain.ExtractionState;
import org.veedor.casefile.infrastructure.FileStore;
import org.veedor.casefile.infrastructure.TextExtractor;
import org.veedor.intake.domain.Complaint;
import org.veedor.platform.metrics.Meters;
import org.veedor.search.infrastructure.Languages;

/** One extraction, in a transaction of its own, and the files waiting for one. */
@Stateless
@PermitAll
public class ExtractionSteps {

  static final String SYSTEM = "text-extraction";

  @PersistenceContext EntityManager em;
  @Inject FileStore store;
  @Inject TextExtractor extractor;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Meters meters;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> waiting(int most) {
    return em.createQuery(
            "select f.id from CaseFile f where f.extractionState in :states"
                + " and f.extractionAttempts < :attempts order by f.id",
            Long.class)
        .setParameter("states", List.of(ExtractionState.PENDING, ExtractionState.FAILED))
        .setParameter("attempts", CaseFile.MAX_ATTEMPTS)
        .setMaxResults(most)
        .getResultList();
  }

  /**
   * Extracts one file's text, records the outcome in the file's custody, and reindexes its
   * complaint so that the text is found.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void extract(long caseFileId) {
    CaseFile file = em.find(CaseFile.class, caseFileId, LockModeType.PESSIMISTIC_WRITE);
    if (file == null
        || file.extractionState() == ExtractionState.DONE
        || file.extractionState() == ExtractionState.REFUSED) {
      return;
    }
    TextExtractor.Outcome outcome = extractor.extract(store.path(file.sha256()), file.mediaType());
    Complaint complaint = em.find(Complaint.class, file.complaintId());
    String reference = complaint.referenceNumber().toString();
    if (outcome.succeeded()) {
      file.extracted(
          outcome.text(), Languages.guess(outcome.text()), outcome.note(), clock.instant());
      em.persist(
          new CustodyEvent(
              file,
              CustodyAction.TEXT_EXTRACTED,
              SYSTEM,
              clock.instant(),
              file.extractedText().length()
                  + " characters"
                  + (outcome.note() == null ? "" : "; " + outcome.note())));
      audit.recordAs(
          SYSTEM,
          AuditEventType.EVIDENCE_TEXT_EXTRACTED,
          "complaint",
          reference,
          AuditOutcome.SUCCESS,
          file.fileName() + ": " + file.extractedText().length() + " characters");
    } else {
      file.extractionFailed(outcome.reason(), outcome.failure(), clock.instant());
      meters.extractionFailed(outcome.refused());
      em.persist(
          new CustodyEvent(
              file,
              CustodyAction.EXTRACTION_FAILED,
              SYSTEM,
              clock.instant(),
              outcome.failure() + " (attempt " + file.extractionAttempts() + ")"));
      audit.recordAs(
          SYSTEM,
          AuditEventType.EVIDENCE_TEXT_EXTRACTED,
          "complaint",
          reference,
          AuditOutcome.FAILURE,
          file.fileName() + ": " + outcome.failure());
    }
    em.flush();
    // the complaint's document carries its files' text
    Search.session(em).indexingPlan().addOrUpdate(complaint);
  }
}
