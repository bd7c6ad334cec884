package org.veedor.platform.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Letters through an outbox: {@link #send} queues the letter in the caller's transaction, so a
 * letter about something that did not happen is never sent and one about something that did is
 * never lost; once that transaction commits the letter is handed to the mail server at once, and a
 * sweep every minute tries again what the mail server refused.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Mailer {

  public static final String SESSION = "java:jboss/mail/Veedor";

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  /** A letter queued in a transaction that committed. */
  public record Queued(long id) {}

  @PersistenceContext EntityManager em;
  @Inject MailSettings settings;
  @Inject Clock clock;
  @Inject Event<Queued> queued;
  @Inject MailDelivery delivery;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  /**
   * Queues a letter in the caller's transaction; nothing when mail is off or there is no address.
   */
  public void send(Letter letter) {
    if (!settings.enabled() || letter.to() == null || letter.to().isBlank()) {
      return;
    }
    QueuedLetter entry = new QueuedLetter(letter, clock.instant());
    em.persist(entry);
    queued.fire(new Queued(entry.id()));
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued letter) {
    executor.execute(() -> deliver(letter.id()));
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    delivery.due(50).forEach(this::deliver);
  }

  private void deliver(long id) {
    try {
      delivery.deliver(id);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the letter " + id + " waits for the next sweep", e);
    }
  }
}
