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

  private static String letters(int n) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < n; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }
}
