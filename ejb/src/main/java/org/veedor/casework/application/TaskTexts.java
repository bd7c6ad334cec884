package org.veedor.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.veedor.casework.domain.TaskText;

/**
 * Keeps what people type into task forms and case events, in the transaction of the task or event
 * itself: the text and the step it completes commit together or not at all. The callers (the task
 * and event services) have checked that the person may work the case; this bean checks nothing.
 */
@ApplicationScoped
public class TaskTexts {

  @PersistenceContext EntityManager em;

  /** Keeps each non-blank text of one step, in the order given. */
  public void keep(
      long complaintId,
      String stepKey,
      String stepName,
      Map<String, String> texts,
      String by,
      Instant at) {
    texts.forEach(
        (field, body) -> {
          if (body != null && !body.isBlank()) {
            em.persist(new TaskText(complaintId, stepKey, stepName, field, body, by, at));
          }
        });
  }

  /** Everything written on the case, oldest first. */
  public List<WrittenText> of(long complaintId) {
    return em
        .createQuery(
            "select t from TaskText t where t.complaintId = :id order by t.writtenAt, t.id",
            TaskText.class)
        .setParameter("id", complaintId)
        .getResultList()
        .stream()
        .map(
            t ->
                new WrittenText(
                    t.writtenAt(), t.stepKey(), t.stepName(), t.field(), t.body(), t.writtenBy()))
        .toList();
  }
}
