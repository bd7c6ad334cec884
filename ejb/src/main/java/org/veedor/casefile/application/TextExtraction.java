package org.veedor.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Extracts the text of case files after their upload commits, never inside it: a new file is queued
 * when its transaction succeeds, and a sweep every minute takes up what is pending or failed for a
 * reason that may pass (a restart, a timeout), a few times at most.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TextExtraction {

  private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  @Inject ExtractionSteps steps;

  public void onFileAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileAdded added) {
    executor.execute(() -> run(added.caseFileId()));
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  void sweep() {
    List<Long> waiting = steps.waiting(50);
    waiting.forEach(this::run);
  }

  private void run(long caseFileId) {
    try {
      steps.extract(caseFileId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "text extraction of case file " + caseFileId + " failed", e);
    }
  }
}
