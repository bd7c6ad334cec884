package org.veedor.it.workflow.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veedor.it.support.Casework.assign;
import static org.veedor.it.support.Casework.complete;
import static org.veedor.it.support.Casework.confirmFullInvestigation;
import static org.veedor.it.support.Casework.status;
import static org.veedor.it.support.Casework.timeline;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.Officers;

/**
 * The README's walkthrough of discipline, run: one complaint naming three officers, findings
 * sustained for two; a sanction decision for each of the two, one inside the matrix's range and one
 * outside it with a justification; one officer appeals and the appeals body modifies a 20-day
 * suspension to 10 days; the other's sanction becomes final when the appeal window closes (its
 * timer fired inside the server). Each officer's final sanction is read back, and every text typed
 * along the way is on the case's timeline.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerSanctionsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.workflow.timers");
  }

  @Inject RuntimeService runtime;
  @Inject ManagementService management;

  @Test
  void shouldSanctionEachSustainedOfficerAndAppealOneOfThem() {
    String force = Officers.uniqueBadge();
    String extortion = Officers.uniqueBadge();
    String rude = Officers.uniqueBadge();
    Api.Reply imported =
        Api.as("admin")
            .post(
                "officers/import",
                "text/csv",
                Officers.csv(
                    force + ",Héctor,Ruiz Mejía,OFFICER,ACTIVE," + Casework.STATION + ",2018-02-01",
                    extortion + ",Wilson,Arango,CABO,ACTIVE," + Casework.STATION + ",2016-09-12",
                    rude + ",Diana,Ospina,OFFICER,ACTIVE," + Casework.STATION + ",2021-05-03"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    Api.Reply registered =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "WALK_IN", "incidentDate": "2026-10-20", "place": "Plaza de mercado",
                 "territoryCode": "CAP", "narrative": "Three officers stopped my cart; one hit me, one asked for money, one insulted me.",
                 "complainant": {"anonymous": false, "name": "Jairo Valencia"}, "injuryReported": true,
                 "allegations": [{"categoryCode": "EXCESSIVE_FORCE", "badgeNumber": "%s"},
                                 {"categoryCode": "EXTORTION", "badgeNumber": "%s"},
                                 {"categoryCode": "DISCOURTESY", "badgeNumber": "%s"}]}
                """
                    .formatted(force, extortion, rude));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String reference = registered.json().getString("referenceNumber");
    confirmFullInvestigation(reference, "Three officers named: one investigation for all.");
    assign(reference, "investigator");

    Map<String, Long> allegations = new HashMap<>();
    for (JsonValue a :
        Api.as("investigator").get("complaints/" + reference).json().getJsonArray("allegations")) {
      allegations.put(
          a.asJsonObject().getString("badgeNumber"),
          a.asJsonObject().getJsonNumber("id").longValue());
    }
    String findings =
        "{\"findings\": {\"%d\": \"SUSTAINED\", \"%d\": \"SUSTAINED\", \"%d\": \"NOT_SUSTAINED\"},"
                .formatted(
                    allegations.get(force), allegations.get(extortion), allegations.get(rude))
            + " \"summary\": \"Market CCTV shows the blow and the payment; the insult is not heard.\"}";
    assertThat(complete("investigator", reference, "InvestigateTask", findings).status())
        .isEqualTo(204);
    assertThat(
            complete("supervisor", reference, "ReviewFindingsTask", "{\"approved\": true}")
                .status())
        .isEqualTo(204);
    assertThat(status(reference)).isEqualTo("SANCTION");

    // one decision per sustained officer, each with the range of that officer's own record
    List<JsonObject> decisions = decisionTasks(reference);
    assertThat(decisions).hasSize(2);
    Map<Long, JsonObject> byAllegation = new HashMap<>();
    for (JsonObject task : decisions) {
      JsonObject details = Api.as("authority").get("tasks/" + task.getString("id")).json();
      byAllegation.put(
          details.getJsonObject("context").getJsonNumber("sanctionedAllegationId").longValue(),
          details);
    }
    assertThat(byAllegation.keySet())
        .containsExactlyInAnyOrder(allegations.get(force), allegations.get(extortion));

    JsonObject forceTask = byAllegation.get(allegations.get(force));
    JsonObject forceRange = forceTask.getJsonObject("context").getJsonObject("recommendation");
    assertThat(forceRange.getString("minimumSanction")).isEqualTo("SUSPENSION_DAYS");
    Api.Reply inRange =
        Api.as("authority")
            .postJson(
                "tasks/" + forceTask.getJsonObject("task").getString("id") + "/complete",
                "{\"sanction\": \"SUSPENSION_DAYS\", \"suspensionDays\": 20, \"referToProsecutor\": %s}"
                    .formatted(forceRange.getBoolean("referral") ? "true" : "false"));
    assertThat(inRange.status()).as(inRange.body()).isEqualTo(204);

    JsonObject extortionTask = byAllegation.get(allegations.get(extortion));
    String extortionId = extortionTask.getJsonObject("task").getString("id");
    JsonObject extortionRange =
        extortionTask.getJsonObject("context").getJsonObject("recommendation");
    assertThat(extortionRange.getBoolean("referral")).as("extortion is referred").isTrue();
    Api.Reply undecidedReferral =
        Api.as("authority")
            .postJson(
                "tasks/" + extortionId + "/complete",
                "{\"sanction\": \"VERBAL_WARNING\", \"justification\": \"He returned the money.\"}");
    assertThat(undecidedReferral.status()).isEqualTo(400);
    assertThat(undecidedReferral.invalidParams()).containsExactly("referToProsecutor");
    String justification =
        "He returned the money the same day and reported the others; the prosecutor has the case.";
    Api.Reply outside =
        Api.as("authority")
            .postJson(
                "tasks/" + extortionId + "/complete",
                "{\"sanction\": \"VERBAL_WARNING\", \"justification\": \"%s\", \"referToProsecutor\": true}"
                    .formatted(justification));
    assertThat(outside.status()).as(outside.body()).isEqualTo(204);

    // the officer who used force appeals: the appeal names its officer when two could
    Api.Reply unnamed =
        Api.as("appeals")
            .postJson("complaints/" + reference + "/events", "{\"type\": \"APPEAL_FILED\"}");
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.invalidParams()).containsExactly("officer");
    assertThat(
            Api.as("appeals")
                .postJson(
                    "complaints/" + reference + "/events",
                    "{\"type\": \"APPEAL_FILED\", \"officer\": \"%s\"}".formatted(rude))
                .status())
        .as("an officer with no sanction")
        .isEqualTo(409);
    assertThat(
            Api.as("appeals")
                .postJson(
                    "complaints/" + reference + "/events",
                    "{\"type\": \"APPEAL_FILED\", \"officer\": \"%s\"}".formatted(force))
                .status())
        .isEqualTo(204);
    Api.Reply noDays =
        complete(
            "appeals",
            reference,
            "DecideAppealTask",
            "{\"outcome\": \"MODIFIED\", \"sanction\": \"SUSPENSION_DAYS\", \"reason\": \"Too long.\"}");
    assertThat(noDays.status()).isEqualTo(400);
    assertThat(noDays.invalidParams()).containsExactly("suspensionDays");
    String why = "First sustained complaint in eight years of service: ten days suffice.";
    Api.Reply modified =
        complete(
            "appeals",
            reference,
            "DecideAppealTask",
            "{\"outcome\": \"MODIFIED\", \"sanction\": \"SUSPENSION_DAYS\", \"suspensionDays\": 10,"
                + " \"reason\": \"%s\"}".formatted(why));
    assertThat(modified.status()).as(modified.body()).isEqualTo(204);
    assertThat(status(reference))
        .as("the other officer's window is still open")
        .isNotEqualTo("CLOSED");

    JsonObject open =
        Api.as("supervisor").get("complaints/" + reference + "/sanctions").jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> extortion.equals(o.getString("badgeNumber")))
            .findFirst()
            .orElseThrow();
    assertThat(
            Duration.between(
                Instant.parse(open.getString("decidedAt")),
                Instant.parse(open.getString("appealUntil"))))
        .as("the officer may appeal for the window the lifecycle runs: 30 days here")
        .isEqualTo(Duration.ofDays(30));

    // the other officer's appeal window closes unused: fired inside the server
    String lifecycle =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("complaintLifecycle")
            .processInstanceBusinessKey(reference)
            .singleResult()
            .getId();
    List<Job> windows =
        management
            .createJobQuery()
            .processInstanceId(lifecycle)
            .activityId("AppealWindowClosedEvent")
            .list();
    assertThat(windows).hasSize(1);
    management.executeJob(windows.get(0).getId());
    assertThat(status(reference)).isEqualTo("CLOSED");

    Map<String, JsonObject> sanctions = new HashMap<>();
    for (JsonValue s :
        Api.as("supervisor").get("complaints/" + reference + "/sanctions").jsonArray()) {
      sanctions.put(s.asJsonObject().getString("badgeNumber"), s.asJsonObject());
    }
    assertThat(sanctions).containsOnlyKeys(force, extortion);
    JsonObject appealed = sanctions.get(force);
    assertThat(appealed.getString("sanction")).isEqualTo("SUSPENSION_DAYS");
    assertThat(appealed.getInt("suspensionDays")).isEqualTo(20);
    assertThat(appealed.getBoolean("insideRange")).isTrue();
    assertThat(appealed.getString("appealOutcome")).isEqualTo("MODIFIED");
    assertThat(appealed.getString("finalSanction")).isEqualTo("SUSPENSION_DAYS");
    assertThat(appealed.getInt("finalSuspensionDays")).isEqualTo(10);
    assertThat(appealed.containsKey("finalAt")).isTrue();
    JsonObject windowClosed = sanctions.get(extortion);
    assertThat(windowClosed.getString("finalSanction")).isEqualTo("VERBAL_WARNING");
    assertThat(windowClosed.getBoolean("insideRange")).isFalse();
    assertThat(windowClosed.getString("justification")).isEqualTo(justification);
    assertThat(windowClosed.getBoolean("referralDecided")).isTrue();
    assertThat(!windowClosed.containsKey("appealOutcome") || windowClosed.isNull("appealOutcome"))
        .as("no appeal")
        .isTrue();
    assertThat(windowClosed.containsKey("finalAt")).isTrue();
    assertThat(!windowClosed.containsKey("appealUntil") || windowClosed.isNull("appealUntil"))
        .as("no window once final")
        .isTrue();

    assertThat(timeline(reference))
        .filteredOn(e -> e.getString("kind").equals("TEXT"))
        .extracting(e -> e.getString("code") + ": " + e.getString("title"))
        .containsExactly(
            "ConfirmTriageTask.overrideReason: Three officers named: one investigation for all.",
            "InvestigateTask.summary: Market CCTV shows the blow and the payment; the insult is not heard.",
            "DecideSanctionTask.justification: " + justification,
            "DecideAppealTask.reason: " + why);
  }

  private static List<JsonObject> decisionTasks(String reference) {
    return Api.as("authority")
        .get("tasks?size=200&task=DecideSanctionTask&reference=" + reference)
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("reference").equals(reference))
        .toList();
  }
}
