package org.veedor.it.intake.publicintake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.intake.domain.Receipt;
import org.veedor.it.support.Api;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;

/**
 * A member of the public files a complaint without an account and follows it with the receipt: the
 * passphrase, shown once, opens the case to its outcome; a wrong one reveals nothing and, five
 * times in a row, locks the receipt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicIntakeIT {

  static String formToken;
  static Instant fetched;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @BeforeAll
  static void fetchTheForm() {
    JsonObject form = Api.anonymous().get("public/form").json();
    formToken = form.getString("formToken");
    fetched = Instant.now();
    assertThat(form.getJsonArray("categories").getValuesAs(JsonValue::toString))
        .contains("\"DISCOURTESY\"", "\"BRIBERY\"");
  }

  /** People take a few seconds to write a complaint; the form refuses faster senders. */
  static void asSlowAsAPerson() {
    Duration left = Duration.ofMillis(3200).minus(Duration.between(fetched, Instant.now()));
    if (!left.isNegative()) {
      try {
        Thread.sleep(left.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static Api.Reply file(String token, String honeypot, String category) {
    return Api.anonymous()
        .postJson(
            "public/complaints",
            """
            {"formToken": "%s", "website": "%s",
             "complaint": {"anonymous": true, "incidentDate": "2026-11-10", "place": "Parada de buses, Avenida 3",
               "territoryCode": "CAP", "categoryCode": "%s",
               "officerDescription": "tall, grey moustache, motorcycle 47",
               "narrative": "The officer shouted insults at me and my daughter while checking my papers."}}
            """
                .formatted(token, honeypot, category));
  }

  static Api.Reply follow(String reference, String passphrase) {
    return Api.anonymous()
        .postJson(
            "public/follow",
            "{\"reference\": \"%s\", \"passphrase\": \"%s\"}".formatted(reference, passphrase));
  }

  static List<String> milestones(JsonObject view) {
    return view.getJsonArray("milestones").stream()
        .map(m -> m.asJsonObject().getString("milestone"))
        .toList();
  }

  @Test
  void shouldLetThePassphraseShownOnceFollowTheComplaintToItsOutcome() {
    asSlowAsAPerson();
    Api.Reply filed = file(formToken, "", "DISCOURTESY");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String reference = filed.json().getString("referenceNumber");
    String passphrase = filed.json().getString("passphrase");
    assertThat(passphrase).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

    JsonObject asStaff = Api.as("intake").get("complaints/" + reference).json();
    assertThat(asStaff.getString("channel")).isEqualTo("PUBLIC_WEB");
    assertThat(asStaff.getBoolean("anonymous")).isTrue();
    assertThat(asStaff.toString()).doesNotContain(passphrase);

    // the filing describes the officer but names no unit: intake completes it before triage
    JsonObject received = follow(reference, passphrase).json();
    assertThat(received.getString("status")).isEqualTo("RECEIVED");
    assertThat(milestones(received)).containsExactly("RECEIVED");
    Api.Reply completed =
        Api.as("intake")
            .postJson(
                "tasks/" + taskId("intake", reference, "CompleteSubmissionTask") + "/complete",
                "{\"unitCode\": \"E-CAP-1-A\", \"note\": \"Motorcycle 47 rides from station 1-A.\"}");
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);

    JsonObject followed = follow(reference, passphrase).json();
    assertThat(followed.getString("status")).isEqualTo("TRIAGE");
    assertThat(milestones(followed)).containsExactly("RECEIVED", "REGISTERED");
    assertThat(follow(reference.toLowerCase(), passphrase.toUpperCase().replace("-", " ")).status())
        .as("typed loosely")
        .isEqualTo(200);

    // the case's staff write; the complainant adds information
    assertThat(
            Api.as("intake")
                .postJson(
                    "complaints/" + reference + "/messages",
                    "{\"text\": \"We received your complaint and will try mediation first.\"}")
                .status())
        .isEqualTo(204);
    Api.Reply added =
        Api.anonymous()
            .postJson(
                "public/follow/information",
                "{\"reference\": \"%s\", \"passphrase\": \"%s\", \"text\": \"It happened at 7 in the morning.\"}"
                    .formatted(reference, passphrase));
    assertThat(added.status()).isEqualTo(200);
    assertThat(
            added.json().getJsonArray("messages").stream()
                .map(m -> m.asJsonObject().getString("direction")))
        .containsExactly("TO_COMPLAINANT", "FROM_COMPLAINANT");

    // the case is mediated and closed
    String confirm = taskId("supervisor", reference, "ConfirmTriageTask");
    JsonObject proposal =
        Api.as("supervisor")
            .get("tasks/" + confirm)
            .json()
            .getJsonObject("context")
            .getJsonObject("triage");
    assertThat(proposal.getString("track")).isEqualTo("MEDIATION");
    Api.as("supervisor")
        .postJson(
            "tasks/" + confirm + "/complete",
            "{\"track\": \"MEDIATION\", \"priority\": \"LOW\", \"deadlineDays\": 30}");
    assertThat(
            Api.as("supervisor")
                .postJson(
                    "tasks/" + taskId("supervisor", reference, "MediateTask") + "/complete",
                    "{\"resolved\": true}")
                .status())
        .isEqualTo(204);

    JsonObject outcome = follow(reference, passphrase).json();
    assertThat(outcome.getString("status")).isEqualTo("CLOSED");
    assertThat(milestones(outcome))
        .containsSubsequence("RECEIVED", "REGISTERED", "ASSESSED", "CLOSED");
    assertThat(outcome.getJsonArray("outcome").getJsonObject(0).getString("categoryCode"))
        .isEqualTo("DISCOURTESY");
    assertThat(outcome.toString()).doesNotContain("supervisor", "intake");
  }

  @Test
  void shouldRevealNothingForAWrongPassphraseAndLockTheReceiptAfterFive() {
    asSlowAsAPerson();
    Api.Reply filed = file(formToken, "", "NEGLECT_OF_DUTY");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String reference = filed.json().getString("referenceNumber");
    String passphrase = filed.json().getString("passphrase");
    Api.Reply unknown = follow("VE-1999-000001", passphrase);
    assertThat(unknown.status()).isEqualTo(404);

    for (int i = 0; i < 5; i++) {
      Api.Reply wrong = follow(reference, "aaaa-bbbb-cccc-dddd");
      assertThat(wrong.status()).isEqualTo(404);
      assertThat(wrong.json().getString("detail"))
          .as("the same answer as for a reference that does not exist")
          .isEqualTo(unknown.json().getString("detail"));
      assertThat(wrong.body()).doesNotContain("NEGLECT", "TRIAGE");
    }

    Api.Reply locked = follow(reference, passphrase);
    assertThat(locked.status()).isEqualTo(429);
    assertThat(Long.parseLong(locked.retryAfter())).isGreaterThan(60);
  }

  @Test
  void shouldCountAtMostFiveOfFiftyParallelWrongPassphrases() throws Exception {
    asSlowAsAPerson();
    Api.Reply filed = file(formToken, "", "DISCOURTESY");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String reference = filed.json().getString("referenceNumber");

    ExecutorService guessers = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> guesses = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        String guess = "wxyz-wxyz-wxyz-%04d".formatted(i).replace('0', 'a').replace('1', 'b');
        guesses.add(
            guessers.submit(
                () -> {
                  start.await();
                  return follow(reference, guess);
                }));
      }
      start.countDown();
      Map<String, Integer> answers = new TreeMap<>();
      for (Future<Api.Reply> guess : guesses) {
        Api.Reply reply = guess.get(5, TimeUnit.MINUTES);
        String title = reply.status() == 429 ? reply.json().getString("title") : "";
        answers.merge(reply.status() + " " + title, 1, Integer::sum);
      }
      System.out.println("50 parallel wrong passphrases: " + answers);
      assertThat(answers)
          .as("five tries counted (404), the receipt locked for the other 45 (429)")
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "404 ",
                  Receipt.MAX_FAILURES,
                  "429 Too many attempts",
                  50 - Receipt.MAX_FAILURES));
    } finally {
      guessers.shutdownNow();
    }
    assertThat(
            Api.as("auditor")
                .get("audit?type=CASE_READ&size=100&object=" + reference)
                .json()
                .getJsonArray("items")
                .stream()
                .filter(e -> e.asJsonObject().getString("detail", "").contains("wrong passphrase"))
                .count())
        .as("the trail's wrong passphrases")
        .isEqualTo(Receipt.MAX_FAILURES);
  }

  @Test
  void shouldRefuseAFilledHoneypotATooQuickSenderAndAForgedToken() {
    String fresh = Api.anonymous().get("public/form").json().getString("formToken");
    Api.Reply tooQuick = file(fresh, "", "DISCOURTESY");
    assertThat(tooQuick.status()).isEqualTo(400);
    assertThat(tooQuick.body()).contains("too quickly");

    asSlowAsAPerson();
    assertThat(file(formToken, "http://spam.example", "DISCOURTESY").status()).isEqualTo(400);
    String forged = formToken.substring(0, formToken.indexOf('.')) + ".forged";
    assertThat(file(forged, "", "DISCOURTESY").body()).contains("not valid");
  }

  @Test
  void shouldLetTheComplainantAskTheBoardToReviewAFindingNotSustained() {
    asSlowAsAPerson();
    Api.Reply filed = file(formToken, "", "DISCOURTESY");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String reference = filed.json().getString("referenceNumber");
    String passphrase = filed.json().getString("passphrase");
    Api.as("intake")
        .postJson(
            "tasks/" + taskId("intake", reference, "CompleteSubmissionTask") + "/complete",
            "{\"unitCode\": \"E-CAP-1-A\"}");
    Casework.confirmFullInvestigation(reference, "The complainant refused mediation.");
    Casework.assign(reference, "investigator");
    long allegation = Casework.firstAllegation(reference);
    Casework.complete(
        "investigator",
        reference,
        "InvestigateTask",
        "{\"findings\": {\"%d\": \"NOT_SUSTAINED\"}}".formatted(allegation));
    Casework.complete("supervisor", reference, "ReviewFindingsTask", "{\"approved\": true}");
    JsonObject closed = follow(reference, passphrase).json();
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getBoolean("boardReviewOpen")).isTrue();

    String why = "Nobody asked the two people waiting at the bus stop.";
    Api.Reply asked =
        Api.anonymous()
            .postJson(
                "public/follow/board-review",
                "{\"reference\": \"%s\", \"passphrase\": \"%s\", \"text\": \"%s\"}"
                    .formatted(reference, passphrase, why));
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    assertThat(asked.json().getBoolean("boardReviewOpen")).as("asked once").isFalse();
    assertThat(taskId("board", reference, "BoardReviewTask")).isNotBlank();
    assertThat(
            Api.anonymous()
                .postJson(
                    "public/follow/board-review",
                    "{\"reference\": \"%s\", \"passphrase\": \"%s\", \"text\": \"Again.\"}"
                        .formatted(reference, passphrase))
                .status())
        .isEqualTo(409);
    assertThat(Casework.timeline(reference))
        .filteredOn(e -> e.getString("kind").equals("TEXT"))
        .extracting(
            e -> e.getString("code") + " by " + e.getString("by") + ": " + e.getString("title"))
        .contains("BOARD_REVIEW_REQUESTED.reason by complainant: " + why);
  }

  private static String taskId(String user, String reference, String taskKey) {
    for (JsonValue item :
        Api.as(user)
            .get("tasks?size=200&task=" + taskKey + "&reference=" + reference)
            .json()
            .getJsonArray("items")) {
      JsonObject task = item.asJsonObject();
      if (task.getString("reference").equals(reference)
          && task.getString("taskKey").equals(taskKey)) {
        return task.getString("id");
      }
    }
    throw new AssertionError(user + " has no " + taskKey + " on " + reference);
  }
}
