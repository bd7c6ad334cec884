package org.veedor.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veedor.it.support.Casework.complete;
import static org.veedor.it.support.Casework.register;
import static org.veedor.it.support.Casework.status;
import static org.veedor.it.support.Casework.task;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * The README's walkthrough, run: one complaint from registration to closure after an appeal,
 * through the REST API, each step by the user whose role it is; then its history lists every step
 * with who and when.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleWalkthroughIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldDriveOneComplaintFromRegistrationToClosureAfterAnAppeal() {
    String reference = register();
    assertThat(status(reference)).isEqualTo("TRIAGE");

    // triage: the supervisor sees the table's proposal and confirms it
    JsonObject confirm = task("supervisor", reference, "ConfirmTriageTask").orElseThrow();
    JsonObject proposal =
        Api.as("supervisor")
            .get("tasks/" + confirm.getString("id"))
            .json()
            .getJsonObject("context")
            .getJsonObject("triage");
    assertThat(proposal.getString("track")).isEqualTo("SPECIAL_CORRUPTION_UNIT");
    Api.Reply overrideWithoutReason =
        complete(
            "supervisor",
            reference,
            "ConfirmTriageTask",
            "{\"track\": \"UNIT_LEVEL\", \"priority\": \"LOW\", \"deadlineDays\": 30}");
    assertThat(overrideWithoutReason.status()).isEqualTo(400);
    assertThat(overrideWithoutReason.invalidParams()).contains("overrideReason");
    assertThat(
            complete(
                    "supervisor",
                    reference,
                    "ConfirmTriageTask",
                    "{\"track\": \"%s\", \"priority\": \"%s\", \"deadlineDays\": %d}"
                        .formatted(
                            proposal.getString("track"),
                            proposal.getString("priority"),
                            proposal.getInt("deadlineDays")))
                .status())
        .isEqualTo(204);

    // assignment: the conflict-of-interest and special-unit rules decide who may be chosen
    Api.Reply notSpecialUnit =
        complete(
            "supervisor",
            reference,
            "AssignInvestigatorTask",
            "{\"investigator\": \"investigator2\"}");
    assertThat(notSpecialUnit.status()).isEqualTo(400);
    assertThat(
            complete(
                    "supervisor",
                    reference,
                    "AssignInvestigatorTask",
                    "{\"investigator\": \"investigator\"}")
                .status())
        .isEqualTo(204);
    assertThat(status(reference)).isEqualTo("INVESTIGATION");

    // the investigation: only the investigator may complete it, with a finding per allegation
    JsonObject investigate = task("investigator", reference, "InvestigateTask").orElseThrow();
    assertThat(investigate.getString("assignee")).isEqualTo("investigator");
    assertThat(investigate.containsKey("due")).isTrue();
    assertThat(
            Api.as("supervisor")
                .postJson("tasks/" + investigate.getString("id") + "/complete", "{}")
                .status())
        .isEqualTo(403);
    List<JsonValue> allegations =
        Api.as("investigator").get("complaints/" + reference).json().getJsonArray("allegations");
    String findings =
        "{\"findings\": {\"%s\": \"SUSTAINED\", \"%s\": \"NOT_SUSTAINED\"}}"
            .formatted(
                allegations.get(0).asJsonObject().getJsonNumber("id"),
                allegations.get(1).asJsonObject().getJsonNumber("id"));
    assertThat(
            complete("investigator", reference, "InvestigateTask", "{\"findings\": {}}").status())
        .isEqualTo(400);
    assertThat(complete("investigator", reference, "InvestigateTask", findings).status())
        .isEqualTo(204);
    assertThat(
            Api.as("investigator")
                .postJson("tasks/" + investigate.getString("id") + "/complete", findings)
                .status())
        .as("a task already completed")
        .isEqualTo(409);

    // four eyes: the supervisor approves
    assertThat(status(reference)).isEqualTo("FINDINGS_REVIEW");
    assertThat(
            complete("supervisor", reference, "ReviewFindingsTask", "{\"approved\": true}")
                .status())
        .isEqualTo(204);

    // sanction: outside the matrix's range only with a justification
    assertThat(status(reference)).isEqualTo("SANCTION");
    JsonObject decide = task("authority", reference, "DecideSanctionTask").orElseThrow();
    JsonObject range =
        Api.as("authority")
            .get("tasks/" + decide.getString("id"))
            .json()
            .getJsonObject("context")
            .getJsonObject("recommendation");
    assertThat(range.getString("minimumSanction")).isEqualTo("SUSPENSION_DAYS");
    assertThat(range.getString("maximumSanction")).isEqualTo("DISMISSAL");
    Api.Reply tooLenient =
        complete(
            "authority",
            reference,
            "DecideSanctionTask",
            "{\"sanction\": \"WRITTEN_REPRIMAND\", \"referToProsecutor\": true}");
    assertThat(tooLenient.status()).isEqualTo(400);
    assertThat(tooLenient.invalidParams()).containsExactly("justification");
    assertThat(
            complete(
                    "authority",
                    reference,
                    "DecideSanctionTask",
                    "{\"sanction\": \"SUSPENSION_DAYS\", \"suspensionDays\": 20,"
                        + " \"referToProsecutor\": true}")
                .status())
        .isEqualTo(204);

    // the officer appeals within the window; the appeals body upholds
    assertThat(
            Api.as("appeals")
                .postJson("complaints/" + reference + "/events", "{\"type\": \"APPEAL_FILED\"}")
                .status())
        .isEqualTo(204);
    assertThat(status(reference)).isEqualTo("APPEAL");
    assertThat(
            complete(
                    "appeals",
                    reference,
                    "DecideAppealTask",
                    "{\"outcome\": \"UPHELD\", \"reason\": \"The evidence supports the sanction.\"}")
                .status())
        .isEqualTo(204);

    assertThat(status(reference)).isEqualTo("CLOSED");
    assertThat(
            Api.as("appeals")
                .postJson("complaints/" + reference + "/events", "{\"type\": \"APPEAL_FILED\"}")
                .status())
        .as("an appeal after closure")
        .isEqualTo(409);

    List<JsonObject> steps =
        Api.as("supervisor")
            .get("complaints/" + reference + "/history")
            .json()
            .getJsonArray("steps")
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    steps.forEach(
        s ->
            System.out.printf(
                "  %-34s %-12s %s%n",
                s.getString("activityId"), s.getString("by"), s.getString("startedAt")));
    assertThat(steps)
        .extracting(s -> s.getString("activityId") + " by " + s.getString("by"))
        .contains(
            "ComplaintReceived by intake",
            "TriageTask by system",
            "ConfirmTriageTask by supervisor",
            "AssignInvestigatorTask by supervisor",
            "InvestigateTask by investigator",
            "ReviewFindingsTask by supervisor",
            "DecideSanctionTask by authority",
            "AppealFiledEvent by system",
            "DecideAppealTask by appeals",
            "CloseComplaintTask by system",
            "ComplaintClosed by system");
    assertThat(steps).allSatisfy(s -> assertThat(s.containsKey("startedAt")).isTrue());

    List<JsonObject> timeline =
        Api.as("supervisor")
            .get("complaints/" + reference + "/timeline")
            .json()
            .getJsonArray("entries")
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(timeline)
        .as("steps and audit records merged")
        .extracting(
            e -> e.getString("kind") + " " + e.getString("code") + " by " + e.getString("by"))
        .contains(
            "STEP ConfirmTriageTask by supervisor",
            "RECORD CASE_REGISTERED by intake",
            "RECORD TASK_COMPLETED by supervisor",
            "STEP ComplaintClosed by system")
        .anyMatch(line -> line.startsWith("RECORD CASE_STATUS_CHANGED"))
        .noneMatch(line -> line.contains("CASE_READ"));
    assertThat(timeline).extracting(e -> java.time.Instant.parse(e.getString("at"))).isSorted();
  }

  @Test
  void shouldHideTheTasksAndHistoryOfACaseFromThoseTheRulesKeepFromIt() {
    String reference = register();

    assertThat(task("supervisor", reference, "ConfirmTriageTask")).isPresent();
    assertThat(task("intake", reference, "ConfirmTriageTask")).as("not intake's queue").isEmpty();
    JsonObject confirm = task("supervisor", reference, "ConfirmTriageTask").orElseThrow();
    assertThat(
            Api.as("intake")
                .post("tasks/" + confirm.getString("id") + "/claim", "application/json", "")
                .status())
        .isEqualTo(403);
    assertThat(Api.as("board").get("complaints/" + reference + "/history").status())
        .as("the board sees closed cases only")
        .isEqualTo(404);
    assertThat(Api.as("supervisor").postJson("tasks/no-such-task/complete", "{}").status())
        .isEqualTo(409);
    assertThat(Api.as("supervisor").get("tasks?task=NoSuchTask").status())
        .as("an unknown kind of task is refused, not ignored")
        .isEqualTo(400);
    assertThat(
            Api.as("supervisor").get("tasks?reference=" + reference).json().getInt("totalElements"))
        .as("the inbox filtered to one case")
        .isEqualTo(1);
  }
}
