package org.veedor.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends letters through the server's mail session once the transaction that asked for them has
 * committed: a letter about something that did not happen is never sent. Sending happens in the
 * committing thread; a failure is logged and does not undo the work the letter reports.
 */
@ApplicationScoped
public class Mailer {

  public static final String SESSION = "java:jboss/mail/Veedor";

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject MailSettings settings;
  @Inject Event<Letter> letters;

  /** Queues a letter for after the commit; nothing when mail is off or there is no address. */
  public void send(Letter letter) {
    if (!settings.enabled() || letter.to() == null || letter.to().isBlank()) {
      return;
    }
    letters.fire(letter);
  }

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Letter letter) {
    try {
      Session session = (Session) new InitialContext().lookup(SESSION);
      MimeMessage message = new MimeMessage(session);
      if (session.getProperty("mail.from") != null) {
        message.setFrom(new InternetAddress(session.getProperty("mail.from")));
      }
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to()));
      message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
      message.setText(letter.body(), StandardCharsets.UTF_8.name());
      Transport.send(message);
      LOG.fine(() -> "sent the " + letter.kind() + " letter");
    } catch (NamingException | MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not send the " + letter.kind() + " letter: " + e.getMessage());
    }
  }
}
