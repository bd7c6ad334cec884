package org.veedor.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veedor.it.support.Casework.assign;
import static org.veedor.it.support.Casework.complete;
import static org.veedor.it.support.Casework.confirmFullInvestigation;
import static org.veedor.it.support.Casework.status;
import static org.veedor.it.support.Casework.timeline;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;

/**
 * The complainant may withdraw at any stage until findings are decided: at triage, during the
 * investigation and at the findings' review. Serious allegations go on regardless; anything else
 * closes. Once findings are decided, the withdrawal is refused with a 409 naming the stage. Each
 * withdrawal keeps its date, and the withdrawal-rate indicator counts exactly the withdrawals made
 * here (counted by the test itself, day by day of receipt).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WithdrawalIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldCloseWhatIsNotSeriousAndGoOnWithWhatIsAtEveryStageBeforeFindings() {
    String atTriage = register("DISCOURTESY");
    String seriousAtTriage = register("EXCESSIVE_FORCE");
    String duringInvestigation = register("DISCOURTESY");
    String atReview = register("NEGLECT_OF_DUTY");
    String afterFindings = register("DISCOURTESY");
    List<String> withdrawn = List.of(atTriage, seriousAtTriage, duringInvestigation, atReview);
    Map<LocalDate, Long> expected =
        withdrawn.stream()
            .collect(
                Collectors.groupingBy(Casework::receivedOn, TreeMap::new, Collectors.counting()));
    Map<LocalDate, Long> before = new TreeMap<>();
    expected.keySet().forEach(day -> before.put(day, Casework.withdrawnOn(day)));

    // at triage: nothing serious closes; serious allegations go on
    withdraw(atTriage, "I settled it with the station chief.");
    assertThat(status(atTriage)).isEqualTo("CLOSED");
    withdraw(seriousAtTriage, "I am afraid of what they will do.");
    assertThat(status(seriousAtTriage)).isEqualTo("TRIAGE");
    assertThat(Casework.task("supervisor", seriousAtTriage, "ConfirmTriageTask")).isPresent();

    // during the investigation
    confirmFullInvestigation(duringInvestigation, "The complainant asked for it.");
    assign(duringInvestigation, "investigator");
    withdraw(duringInvestigation, "It no longer matters to me.");
    assertThat(status(duringInvestigation)).isEqualTo("CLOSED");

    // at the findings' review
    investigateTo("FINDINGS_REVIEW", atReview, "NOT_SUSTAINED");
    withdraw(atReview, "I moved abroad.");
    assertThat(status(atReview)).isEqualTo("CLOSED");

    // once findings are decided, they stand
    investigateTo("FINDINGS_REVIEW", afterFindings, "SUSTAINED");
    assertThat(
            complete("supervisor", afterFindings, "ReviewFindingsTask", "{\"approved\": true}")
                .status())
        .isEqualTo(204);
    assertThat(status(afterFindings)).isEqualTo("SANCTION");
    Api.Reply refused =
        Api.as("intake")
            .postJson(
                "complaints/" + afterFindings + "/events",
                "{\"type\": \"COMPLAINT_WITHDRAWN\", \"reason\": \"Too late.\"}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("Complaint withdrawn").contains("(Sanction)");
    assertThat(status(afterFindings)).isEqualTo("SANCTION");

    Map<LocalDate, Long> counted = new TreeMap<>();
    expected.keySet().forEach(day -> counted.put(day, Casework.withdrawnOn(day) - before.get(day)));
    assertThat(counted)
        .as("the withdrawal rate's count, day by day of receipt")
        .isEqualTo(expected);
    assertThat(timeline(atReview))
        .filteredOn(e -> e.getString("kind").equals("TEXT"))
        .extracting(e -> e.getString("code") + ": " + e.getString("title"))
        .contains("COMPLAINT_WITHDRAWN.reason: I moved abroad.");
  }

  @Test
  void shouldTellOfNewEvidenceAtTriageWithoutStoppingIt() {
    String reference = register("DISCOURTESY");

    Api.Reply delivered =
        Api.as("intake")
            .postJson(
                "complaints/" + reference + "/events",
                "{\"type\": \"NEW_EVIDENCE\", \"reason\": \"A video from a neighbour's phone.\"}");

    assertThat(delivered.status()).as(delivered.body()).isEqualTo(204);
    assertThat(status(reference)).isEqualTo("TRIAGE");
    assertThat(timeline(reference))
        .extracting(e -> e.getString("kind") + " " + e.getString("code"))
        .contains("STEP NotifyNewEvidenceAtStageTask", "TEXT NEW_EVIDENCE.reason");
  }

  // --- helpers ---

  private static String register(String category) {
    Api.Reply registered =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "PHONE", "incidentDate": "2026-10-03", "place": "Avenida 9",
                 "territoryCode": "CAP", "narrative": "An officer at the checkpoint, see the category.",
                 "complainant": {"anonymous": false, "name": "Rosa Quintero"},
                 "allegations": [{"categoryCode": "%s", "unitCode": "%s"}]}
                """
                    .formatted(category, Casework.STATION));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    return registered.json().getString("referenceNumber");
  }

  private static void withdraw(String reference, String reason) {
    Api.Reply withdrawn =
        Api.as("intake")
            .postJson(
                "complaints/" + reference + "/events",
                "{\"type\": \"COMPLAINT_WITHDRAWN\", \"reason\": \"%s\"}".formatted(reason));
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(204);
  }

  /** Triage, assignment and the investigator's proposal: the findings await the review. */
  private static void investigateTo(String stage, String reference, String finding) {
    confirmFullInvestigation(reference, "The complainant asked for it.");
    assign(reference, "investigator");
    JsonValue allegation =
        Api.as("investigator")
            .get("complaints/" + reference)
            .json()
            .getJsonArray("allegations")
            .get(0);
    assertThat(
            complete(
                    "investigator",
                    reference,
                    "InvestigateTask",
                    "{\"findings\": {\"%s\": \"%s\"}}"
                        .formatted(allegation.asJsonObject().getJsonNumber("id"), finding))
                .status())
        .isEqualTo(204);
    assertThat(status(reference)).isEqualTo(stage);
  }
}
