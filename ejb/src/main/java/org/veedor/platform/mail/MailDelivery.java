package org.veedor.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Hands one queued letter to the server's mail session, each in its own transaction. */
@Stateless
@PermitAll
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The letters whose next try is due, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(int most) {
    return em.createQuery(
            "select l.id from QueuedLetter l where l.nextAttemptAt <= :now order by l.id",
            Long.class)
        .setParameter("now", clock.instant())
        .setMaxResults(most)
        .getResultList();
  }

  /**
   * Sends the letter and deletes it; when the mail server refuses, keeps it for a later try. A
   * letter another thread is sending, or has sent, is left alone.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long id) {
    QueuedLetter queued = em.find(QueuedLetter.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (queued == null || !queued.dueAt(clock.instant())) {
      return; // sent, given up, or tried a moment ago by another thread
    }
    try {
      send(queued.letter());
      em.remove(queued);
      LOG.fine(() -> "sent the " + queued.kind() + " letter " + id);
    } catch (NamingException | MessagingException | RuntimeException e) {
      queued.failed(e.getMessage(), clock.instant());
      Level level = queued.givenUp() ? Level.SEVERE : Level.WARNING;
      LOG.log(
          level,
          "could not send the "
              + queued.kind()
              + " letter "
              + id
              + " (try "
              + queued.attempts()
              + (queued.givenUp() ? ", given up" : ", will try again")
              + "): "
              + e.getMessage());
    }
  }

  private static void send(Letter letter) throws NamingException, MessagingException {
    Session session = (Session) new InitialContext().lookup(Mailer.SESSION);
    MimeMessage message = new MimeMessage(session);
    if (session.getProperty("mail.from") != null) {
      message.setFrom(new InternetAddress(session.getProperty("mail.from")));
    }
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), true));
    message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
    message.setText(letter.body(), StandardCharsets.UTF_8.name());
    Transport.send(message);
  }
}
