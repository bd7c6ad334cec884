package org.veedor.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veedor.it.support.Casework.complete;
import static org.veedor.it.support.Casework.confirmFullInvestigation;
import static org.veedor.it.support.Casework.status;
import static org.veedor.it.support.Casework.task;
import static org.veedor.it.support.Casework.timeline;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * What staff type into task forms and case events is kept with the case: the investigator reads the
 * supervisor's reasons for returning the findings on the reopened task, and every text is on the
 * case's timeline. A withdrawal that closes a complaint keeps its date, which the withdrawal rate
 * counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskTextsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldShowTheInvestigatorWhyTheSupervisorReturnedTheFindings() {
    String reference = Casework.register();
    confirmFullInvestigation(
        reference, "The vendor's injuries need the special unit's forensic team.");
    assertThat(
            complete(
                    "supervisor",
                    reference,
                    "AssignInvestigatorTask",
                    "{\"investigator\": \"investigator\"}")
                .status())
        .isEqualTo(204);
    String findings = findings(reference, "SUSTAINED");
    assertThat(
            complete(
                    "investigator",
                    reference,
                    "InvestigateTask",
                    findings.replace(
                        "}}", "}, \"summary\": \"Two witnesses saw the blows; CCTV requested.\"}"))
                .status())
        .isEqualTo(204);

    String why = "Interview the vendor's neighbour and attach the CCTV footage before I approve.";
    assertThat(
            complete(
                    "supervisor",
                    reference,
                    "ReviewFindingsTask",
                    "{\"approved\": false, \"comments\": \"%s\"}".formatted(why))
                .status())
        .isEqualTo(204);

    JsonObject reopened = task("investigator", reference, "InvestigateTask").orElseThrow();
    List<JsonObject> written =
        Api.as("investigator")
            .get("tasks/" + reopened.getString("id"))
            .json()
            .getJsonArray("written")
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(written).as("newest first").isNotEmpty();
    JsonObject first = written.get(0);
    assertThat(first.getString("stepKey")).isEqualTo("ReviewFindingsTask");
    assertThat(first.getString("field")).isEqualTo("comments");
    assertThat(first.getString("body")).isEqualTo(why);
    assertThat(first.getString("by")).isEqualTo("supervisor");
    assertThat(written)
        .extracting(w -> w.getString("stepKey") + "." + w.getString("field"))
        .containsExactly(
            "ReviewFindingsTask.comments",
            "InvestigateTask.summary",
            "ConfirmTriageTask.overrideReason");

    assertThat(
            complete(
                    "investigator",
                    reference,
                    "InvestigateTask",
                    findings.replace(
                        "}}", "}, \"summary\": \"Neighbour interviewed; footage attached.\"}"))
                .status())
        .isEqualTo(204);
    assertThat(
            complete("supervisor", reference, "ReviewFindingsTask", "{\"approved\": true}")
                .status())
        .isEqualTo(204);
    assertThat(
            complete(
                    "authority",
                    reference,
                    "DecideSanctionTask",
                    "{\"sanction\": \"WRITTEN_REPRIMAND\", \"referToProsecutor\": false,"
                        + " \"justification\": \"First complaint in 19 years of service.\"}")
                .status())
        .isEqualTo(204);

    List<JsonObject> texts =
        timeline(reference).stream().filter(e -> e.getString("kind").equals("TEXT")).toList();
    assertThat(texts)
        .extracting(
            e -> e.getString("code") + " by " + e.getString("by") + ": " + e.getString("title"))
        .containsExactly(
            "ConfirmTriageTask.overrideReason by supervisor: The vendor's injuries need the special unit's forensic team.",
            "InvestigateTask.summary by investigator: Two witnesses saw the blows; CCTV requested.",
            "ReviewFindingsTask.comments by supervisor: " + why,
            "InvestigateTask.summary by investigator: Neighbour interviewed; footage attached.",
            "DecideSanctionTask.justification by authority: First complaint in 19 years of service.");
    assertThat(timeline(reference)).extracting(e -> Instant.parse(e.getString("at"))).isSorted();
  }

  @Test
  void shouldKeepTheWithdrawalDateWhenAWithdrawalClosesTheComplaint() {
    String reference = registerDiscourtesy();
    LocalDate received = Casework.receivedOn(reference);
    long before = Casework.withdrawnOn(received);
    confirmFullInvestigation(reference, "The complainant asked for a full investigation.");
    assertThat(
            complete(
                    "supervisor",
                    reference,
                    "AssignInvestigatorTask",
                    "{\"investigator\": \"investigator2\"}")
                .status())
        .isEqualTo(204);
    assertThat(status(reference)).isEqualTo("INVESTIGATION");

    Api.Reply withdrawn =
        Api.as("intake")
            .postJson(
                "complaints/" + reference + "/events",
                "{\"type\": \"COMPLAINT_WITHDRAWN\", \"reason\": \"The complainant settled it with the station chief.\"}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(204);

    assertThat(status(reference)).isEqualTo("CLOSED");
    assertThat(Casework.withdrawnOn(received))
        .as("the withdrawal rate counts it")
        .isEqualTo(before + 1);
    assertThat(timeline(reference))
        .filteredOn(e -> e.getString("kind").equals("TEXT"))
        .extracting(e -> e.getString("code") + ": " + e.getString("title"))
        .contains("COMPLAINT_WITHDRAWN.reason: The complainant settled it with the station chief.");
  }

  // --- helpers ---

  private static String findings(String reference, String finding) {
    StringBuilder json = new StringBuilder("{\"findings\": {");
    List<JsonValue> allegations =
        Api.as("investigator").get("complaints/" + reference).json().getJsonArray("allegations");
    for (int i = 0; i < allegations.size(); i++) {
      json.append(i == 0 ? "" : ", ")
          .append('"')
          .append(allegations.get(i).asJsonObject().getJsonNumber("id"))
          .append("\": \"")
          .append(finding)
          .append('"');
    }
    return json.append("}}").toString();
  }

  private static String registerDiscourtesy() {
    Api.Reply registered =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "PHONE", "incidentDate": "2026-10-03", "place": "Avenida 9",
                 "territoryCode": "CAP", "narrative": "The officer insulted me when I asked for directions.",
                 "complainant": {"anonymous": false, "name": "Rosa Quintero"},
                 "allegations": [{"categoryCode": "DISCOURTESY", "unitCode": "%s"}]}
                """
                    .formatted(Casework.STATION));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    return registered.json().getString("referenceNumber");
  }
}
