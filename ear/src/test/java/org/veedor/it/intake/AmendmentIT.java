package org.veedor.it.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veedor.it.support.Casework.assign;
import static org.veedor.it.support.Casework.confirmFullInvestigation;
import static org.veedor.it.support.Casework.status;
import static org.veedor.it.support.Casework.task;
import static org.veedor.it.support.Casework.timeline;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.Officers;

/**
 * A member of the public describes an officer they cannot name ("tall, patrol car 214"): intake
 * completes the filing with the unit before triage, and the investigation later identifies the
 * officer. Each change is in the audit trail with what it was before and after, and the search
 * finds the complaint by the officer's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AmendmentIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldCompleteAPublicFilingAndLinkTheDescribedOfficerOnceIdentified() throws Exception {
    String family = "Quintal" + letters(6);
    String badge = Officers.uniqueBadge();
    Api.Reply imported =
        Api.as("admin")
            .post(
                "officers/import",
                "text/csv",
                Officers.csv(
                    badge
                        + ",Ildefonso,"
                        + family
                        + ",OFFICER,ACTIVE,"
                        + Casework.STATION
                        + ",2019-01-01"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    Api.Reply filed =
        Casework.filePublicly(
            """
            {"anonymous": true, "incidentDate": "2026-10-28", "place": "Calle 8 con carrera 3",
             "territoryCode": "CAP", "categoryCode": "THREATS_OR_INTIMIDATION",
             "officerDescription": "tall officer, patrol car 214",
             "narrative": "The officer in patrol car 214 threatened to arrest me if I filmed the stop."}
            """);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String reference = filed.json().getString("referenceNumber");

    // intake completes what the mandate needs: whom the complaint is about
    assertThat(status(reference)).isEqualTo("RECEIVED");
    JsonObject completion = task("intake", reference, "CompleteSubmissionTask").orElseThrow();
    Api.Reply nothing =
        Api.as("intake")
            .postJson("tasks/" + completion.getString("id") + "/complete", "{\"note\": \"?\"}");
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.invalidParams()).containsExactly("unitCode");
    Api.Reply completed =
        Api.as("intake")
            .postJson(
                "tasks/" + completion.getString("id") + "/complete",
                "{\"unitCode\": \"%s\", \"note\": \"Patrol car 214 belongs to station 1-A.\"}"
                    .formatted(Casework.STATION));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(status(reference)).isEqualTo("TRIAGE");

    // the investigation finds who it was
    confirmFullInvestigation(reference, "Threats to a person filming: full investigation.");
    assign(reference, "investigator");
    long allegation = Casework.firstAllegation(reference);
    Api.Reply withoutReason =
        Api.as("investigator")
            .postJson(
                "complaints/" + reference + "/allegations/" + allegation + "/officer",
                "{\"badgeNumber\": \"%s\"}".formatted(badge));
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.invalidParams()).containsExactly("reason");
    assertThat(
            Api.as("investigator2")
                .postJson(
                    "complaints/" + reference + "/allegations/" + allegation + "/officer",
                    "{\"badgeNumber\": \"%s\", \"reason\": \"?\"}".formatted(badge))
                .status())
        .as("not their case")
        .isIn(403, 404);
    Api.Reply identified =
        Api.as("investigator")
            .postJson(
                "complaints/" + reference + "/allegations/" + allegation + "/officer",
                "{\"badgeNumber\": \"%s\", \"reason\": \"The duty roster puts him in car 214 that night.\"}"
                    .formatted(badge));
    assertThat(identified.status()).as(identified.body()).isEqualTo(200);
    JsonObject named = identified.json().getJsonArray("allegations").getJsonObject(0);
    assertThat(named.getString("badgeNumber")).isEqualTo(badge);

    List<String> amendments =
        Api.as("auditor")
            .get("audit?type=CASE_AMENDED&object=" + reference)
            .json()
            .getJsonArray("items")
            .stream()
            .map(e -> e.asJsonObject().getString("detail", ""))
            .toList();
    assertThat(amendments)
        .anyMatch(
            d ->
                d.contains(
                        "before [officer described as \"tall officer, patrol car 214\", no unit]")
                    && d.contains("after [officer unknown, unit " + Casework.STATION + "]"))
        .anyMatch(
            d ->
                d.startsWith("OFFICER_IDENTIFIED")
                    && d.contains(
                        "before [officer described as \"tall officer, patrol car 214\", unit "
                            + Casework.STATION
                            + "]")
                    && d.contains("after [officer " + badge + " Ildefonso " + family));
    assertThat(timeline(reference))
        .filteredOn(e -> e.getString("kind").equals("TEXT"))
        .extracting(e -> e.getString("code") + ": " + e.getString("title"))
        .contains(
            "CompleteSubmissionTask.note: Patrol car 214 belongs to station 1-A.",
            "OFFICER_IDENTIFIED.reason: The duty roster puts him in car 214 that night.");

    JsonObject found =
        Api.as("supervisor")
            .get("search?q=" + URLEncoder.encode(family, StandardCharsets.UTF_8) + "&size=20")
            .json();
    assertThat(found.getJsonArray("hits").stream().map(JsonValue::asJsonObject))
        .extracting(h -> h.getString("reference"))
        .contains(reference);
  }

  @Test
  void shouldCorrectFactsAndTriageAgainWhenAnAddedAllegationChangesTheTrack() {
    Api.Reply registered =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "PHONE", "incidentDate": "2026-11-03", "place": "Parque central",
                 "territoryCode": "CAP", "narrative": "The officer insulted me while checking my papers.",
                 "complainant": {"anonymous": false, "name": "Rosa Pinilla"},
                 "allegations": [{"categoryCode": "DISCOURTESY", "unitCode": "%s"}]}
                """
                    .formatted(Casework.STATION));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String reference = registered.json().getString("referenceNumber");
    JsonObject triage = task("supervisor", reference, "ConfirmTriageTask").orElseThrow();
    Api.Reply mediation =
        Api.as("supervisor")
            .postJson(
                "tasks/" + triage.getString("id") + "/complete",
                "{\"track\": \"MEDIATION\", \"priority\": \"LOW\", \"deadlineDays\": 30}");
    assertThat(mediation.status()).as(mediation.body()).isEqualTo(204);
    assertThat(status(reference)).isEqualTo("MEDIATION");

    // a correction of the facts: audited with before and after, its reason on the timeline
    Api.Reply unexplained =
        Api.as("intake")
            .postJson(
                "complaints/" + reference + "/corrections", "{\"place\": \"Parque Santander\"}");
    assertThat(unexplained.status()).isEqualTo(400);
    assertThat(unexplained.invalidParams()).containsExactly("reason");
    Api.Reply future =
        Api.as("intake")
            .postJson(
                "complaints/" + reference + "/corrections",
                "{\"incidentDate\": \"2099-01-01\", \"reason\": \"typo\"}");
    assertThat(future.invalidParams()).containsExactly("incidentDate");
    Api.Reply corrected =
        Api.as("intake")
            .postJson(
                "complaints/" + reference + "/corrections",
                "{\"place\": \"Parque Santander\", \"incidentDate\": \"2026-11-02\","
                    + " \"reason\": \"The complainant called back: it was the day before.\"}");
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().getString("place")).isEqualTo("Parque Santander");
    assertThat(status(reference)).as("nothing the triage reads changed").isEqualTo("MEDIATION");

    // an allegation of force added: mediation stops, the supervisor confirms the changed track
    Api.Reply added =
        Api.as("supervisor")
            .postJson(
                "complaints/" + reference + "/allegations",
                "{\"categoryCode\": \"EXCESSIVE_FORCE\", \"unitCode\": \"%s\","
                        .formatted(Casework.STATION)
                    + " \"reason\": \"At the mediation meeting she told us he pushed her.\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().getJsonArray("allegations")).hasSize(2);
    assertThat(status(reference)).isEqualTo("TRIAGE");
    assertThat(task("supervisor", reference, "MediateTask")).isEmpty();
    JsonObject again = task("supervisor", reference, "ConfirmTriageTask").orElseThrow();
    JsonObject proposal =
        Api.as("supervisor")
            .get("tasks/" + again.getString("id"))
            .json()
            .getJsonObject("context")
            .getJsonObject("triage");
    assertThat(proposal.getString("track")).isEqualTo("FULL_INVESTIGATION");

    // the discourtesy withdrawn; the last allegation stays
    long discourtesy =
        added.json().getJsonArray("allegations").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("categoryCode").equals("DISCOURTESY"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Api.Reply withdrawn =
        Api.as("intake")
            .postJson(
                "complaints/" + reference + "/allegations/" + discourtesy + "/withdrawal",
                "{\"reason\": \"Registered twice: the insult is part of the force complaint.\"}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    long force =
        withdrawn
            .json()
            .getJsonArray("allegations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Api.Reply last =
        Api.as("intake")
            .postJson(
                "complaints/" + reference + "/allegations/" + force + "/withdrawal",
                "{\"reason\": \"no\"}");
    assertThat(last.status()).isEqualTo(409);
    assertThat(last.contentType()).startsWith("application/problem+json");
    assertThat(
            Api.as("investigator2")
                .postJson(
                    "complaints/" + reference + "/allegations",
                    "{\"categoryCode\": \"EXTORTION\", \"reason\": \"?\"}")
                .status())
        .as("not their case")
        .isIn(403, 404);

    List<String> amendments =
        Api.as("auditor")
            .get("audit?type=CASE_AMENDED&object=" + reference)
            .json()
            .getJsonArray("items")
            .stream()
            .map(e -> e.asJsonObject().getString("detail", ""))
            .toList();
    assertThat(amendments)
        .anyMatch(
            d ->
                d.startsWith("FACTS_CORRECTED")
                    && d.contains("before [incident 2026-11-03, place \"Parque central\"")
                    && d.contains("after [incident 2026-11-02, place \"Parque Santander\""))
        .anyMatch(d -> d.startsWith("ALLEGATION_ADDED") && d.contains("EXCESSIVE_FORCE"))
        .anyMatch(
            d ->
                d.startsWith("ALLEGATION_WITHDRAWN (allegation " + discourtesy + ")")
                    && d.contains("after [" + force + " EXCESSIVE_FORCE"));
    assertThat(timeline(reference))
        .filteredOn(e -> e.getString("kind").equals("TEXT"))
        .extracting(e -> e.getString("code") + ": " + e.getString("title"))
        .contains(
            "FACTS_CORRECTED.reason: The complainant called back: it was the day before.",
            "ALLEGATION_ADDED.reason: At the mediation meeting she told us he pushed her.");
  }

  private static String letters(int n) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < n; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }
}
