package org.veedor.it.workflow.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veedor.it.support.Casework.assign;
import static org.veedor.it.support.Casework.complete;
import static org.veedor.it.support.Casework.confirmFullInvestigation;
import static org.veedor.it.support.Casework.status;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;
import org.veedor.platform.mail.Letter;
import org.veedor.platform.mail.Mailer;

/**
 * Letters reach a real mail server (GreenMail, started by the build; read here over IMAP): the
 * acknowledgement to a complainant who left an e-mail address, in the language of the form they
 * filed on; the reminder to the investigator when 75 % of the time is gone (the timer fired inside
 * the server); the outcome letter when the case closes, in the complainant's language again.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.workflow.timers");
  }

  @Inject RuntimeService runtime;
  @Inject ManagementService management;
  @Inject Mailer mailer;
  @Resource UserTransaction transactions;
  @PersistenceContext EntityManager em;

  /** A letter as the mail server holds it. */
  record Received(String subject, String body) {}

  @Test
  void shouldWriteToTheComplainantInTheirLanguageAndRemindTheInvestigator() throws Exception {
    String address = "queixa" + System.nanoTime() + "@correo.example";
    Api.Reply filed =
        Casework.filePublicly(
            """
            {"anonymous": false, "name": "Joana Batista", "email": "%s",
             "incidentDate": "2026-10-30", "place": "Rodoviária", "territoryCode": "CAP",
             "categoryCode": "DISCOURTESY", "language": "pt",
             "narrative": "O policial me insultou na rodoviária quando pedi informação."}
            """
                .formatted(address));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String reference = filed.json().getString("referenceNumber");
    Api.Reply completed =
        complete(
            "intake",
            reference,
            "CompleteSubmissionTask",
            "{\"unitCode\": \"%s\"}".formatted(Casework.STATION));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);

    Received acknowledgement = arrived(address, reference);
    assertThat(acknowledgement.subject())
        .isEqualTo("Sua denúncia " + reference + " está registrada");
    assertThat(acknowledgement.body())
        .contains("Registramos sua denúncia com a referência " + reference);

    // 75 % of the investigation's time: the reminder reaches the investigator
    confirmFullInvestigation(reference, "The complainant asked for an investigation.");
    assign(reference, "investigator");
    String investigation =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("complaintInvestigation")
            .processInstanceBusinessKey(reference)
            .singleResult()
            .getId();
    management.executeJob(
        management
            .createJobQuery()
            .processInstanceId(investigation)
            .activityId("ReminderTimer")
            .singleResult()
            .getId());
    Received reminder = arrived("investigator@veedor.example", reference);
    assertThat(reminder.subject()).isEqualTo("Recordatorio: investigación " + reference);

    // the outcome, in Portuguese
    long allegation = Casework.firstAllegation(reference);
    complete(
        "investigator",
        reference,
        "InvestigateTask",
        "{\"findings\": {\"%d\": \"NOT_SUSTAINED\"}}".formatted(allegation));
    complete("supervisor", reference, "ReviewFindingsTask", "{\"approved\": true}");
    assertThat(status(reference)).isEqualTo("CLOSED");
    Received outcome = arrived(address, reference + " está encerrada");
    assertThat(outcome.body()).contains("não comprovada").contains("conselho de controle");
  }

  /**
   * The letter to this address whose subject names this text, once it arrived (sending happens
   * after the commit, so it may take a moment).
   */
  @Test
  void shouldKeepALetterTheMailServerRefusesAndNeverSendOneWhoseWorkRolledBack() throws Exception {
    String nonce = Long.toString(System.nanoTime(), 36);
    String good = "carta" + nonce + "@correo.example";
    transactions.begin();
    mailer.send(new Letter(good, "Rolled back " + nonce, "never sent", "rb-" + nonce));
    transactions.rollback();
    transactions.begin();
    mailer.send(new Letter("not an address " + nonce, "Refused " + nonce, "kept", "bad-" + nonce));
    mailer.send(new Letter(good, "Sent " + nonce, "sent", "ok-" + nonce));
    transactions.commit();

    assertThat(arrived(good, "Sent " + nonce).body()).contains("sent");
    assertThat(inbox(good)).extracting(Received::subject).doesNotContain("Rolled back " + nonce);
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    while (outbox("bad-" + nonce).isEmpty() || (int) outbox("bad-" + nonce).get(0)[0] == 0) {
      assertThat(Instant.now()).as("the refused letter was tried").isBefore(until);
      Thread.sleep(200);
    }
    Object[] refused = outbox("bad-" + nonce).get(0);
    assertThat((int) refused[0]).as("tries").isEqualTo(1);
    assertThat((String) refused[1]).as("the error kept for the operators").isNotBlank();
    assertThat(refused[2]).as("a next try is planned").isNotNull();
    assertThat(outbox("ok-" + nonce)).as("a sent letter leaves the outbox").isEmpty();
    assertThat(outbox("rb-" + nonce)).as("a rolled-back letter was never queued").isEmpty();
  }

  /** Tries, last error and next try of the queued letters of a kind. */
  private List<Object[]> outbox(String kind) throws Exception {
    transactions.begin();
    try {
      return em.createQuery(
              "select l.attempts, l.lastError, l.nextAttemptAt from QueuedLetter l"
                  + " where l.kind = :kind",
              Object[].class)
          .setParameter("kind", kind)
          .getResultList();
    } finally {
      transactions.commit();
    }
  }

  private static Received arrived(String address, String inSubject)
      throws MessagingException, IOException, InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    List<Received> seen = new ArrayList<>();
    while (Instant.now().isBefore(until)) {
      seen = inbox(address);
      for (Received letter : seen) {
        if (letter.subject().contains(inSubject)) {
          return letter;
        }
      }
      Thread.sleep(300);
    }
    throw new AssertionError("no letter about " + inSubject + " for " + address + "; seen " + seen);
  }

  private static List<Received> inbox(String address) throws MessagingException, IOException {
    Properties props = new Properties();
    props.put("mail.store.protocol", "imap");
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", "3143");
    Store store = Session.getInstance(props).getStore("imap");
    List<Received> letters = new ArrayList<>();
    try {
      store.connect("127.0.0.1", 3143, address, "any");
    } catch (MessagingException e) {
      return letters; // no mailbox yet: nothing arrived
    }
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      for (Message message : inbox.getMessages()) {
        letters.add(new Received(message.getSubject(), String.valueOf(message.getContent())));
      }
      inbox.close(false);
    } finally {
      store.close();
    }
    return letters;
  }
}
