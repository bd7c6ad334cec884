package org.veedor.it.workflow.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veedor.it.support.Casework.assign;
import static org.veedor.it.support.Casework.complete;
import static org.veedor.it.support.Casework.confirmFullInvestigation;
import static org.veedor.it.support.Casework.register;
import static org.veedor.it.support.Casework.task;
import static org.veedor.it.support.Casework.timeline;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
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

/**
 * The supervisor's decision on an overdue investigation acts: extending the deadline issues the
 * investigator's task again with the new due date, and its reminder and deadline timers run from
 * it; reassigning gives the task to the new investigator, under the conflict-of-interest rules;
 * escalating hands the decision to the head of the unit (in the tests the supervisor of the special
 * unit, {@code -Dveedor.escalation.head=supervisor}), who extends or reassigns. The investigation's
 * deadline timer is fired inside the server (its job run by the engine, as the job executor would
 * at the deadline), not simulated.
 */
@ExtendWith(ArquillianExtension.class)
class OverdueDecisionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.workflow.timers");
  }

  @Inject RuntimeService runtime;
  @Inject ManagementService management;
  @Inject HistoryService history;

  private String investigation(String reference) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("complaintInvestigation")
        .processInstanceBusinessKey(reference)
        .singleResult()
        .getId();
  }

  private Job timer(String investigation, String activityId) {
    return management
        .createJobQuery()
        .processInstanceId(investigation)
        .activityId(activityId)
        .singleResult();
  }

  /** The kinds of the caller's tasks on the case that fall due within so many days. */
  private static java.util.List<String> dueWithin(String user, String reference, int days) {
    return Api.as(user)
        .get("tasks?size=200&dueWithin=" + days + "&reference=" + reference)
        .json()
        .getJsonArray("items")
        .stream()
        .map(v -> v.asJsonObject().getString("taskKey"))
        .toList();
  }

  private String overdueCase(String investigator) {
    String reference = register();
    confirmFullInvestigation(reference, "A full investigation, the unit asked for it.");
    assign(reference, investigator);
    String investigation = investigation(reference);
    management.executeJob(timer(investigation, "ReminderTimer").getId());
    management.executeJob(timer(investigation, "DeadlineTimer").getId());
    assertThat(task("supervisor", reference, "HandleOverdueInvestigationTask")).isPresent();
    return reference;
  }

  @Test
  void shouldIssueTheInvestigationAgainWithTheExtendedDeadline() {
    String reference = overdueCase("investigator");
    String investigation = investigation(reference);
    Instant oldDeadline = ((Date) runtime.getVariable(investigation, "deadlineAt")).toInstant();
    String oldTask =
        task("investigator", reference, "InvestigateTask").orElseThrow().getString("id");

    JsonObject decision =
        task("supervisor", reference, "HandleOverdueInvestigationTask").orElseThrow();
    assertThat(Instant.parse(decision.getString("due")))
        .as("the overdue decision is due at the deadline that passed")
        .isEqualTo(oldDeadline);

    Api.Reply withoutAction =
        complete(
            "supervisor",
            reference,
            "HandleOverdueInvestigationTask",
            "{\"extraDays\": 30, \"decision\": \"More time.\"}");
    assertThat(withoutAction.status()).isEqualTo(400);
    assertThat(withoutAction.invalidParams()).containsExactly("action");

    Api.Reply extended =
        complete(
            "supervisor",
            reference,
            "HandleOverdueInvestigationTask",
            "{\"action\": \"EXTEND\", \"extraDays\": 30,"
                + " \"decision\": \"The forensic report is due in three weeks.\"}");
    assertThat(extended.status()).as(extended.body()).isEqualTo(204);

    Instant newDeadline = ((Date) runtime.getVariable(investigation, "deadlineAt")).toInstant();
    assertThat(newDeadline).isEqualTo(oldDeadline.plus(Duration.ofDays(30)));
    JsonObject reissued = task("investigator", reference, "InvestigateTask").orElseThrow();
    assertThat(reissued.getString("id")).as("a fresh task").isNotEqualTo(oldTask);
    assertThat(reissued.getString("assignee")).isEqualTo("investigator");
    assertThat(Instant.parse(reissued.getString("due"))).isEqualTo(newDeadline);
    assertThat(timer(investigation, "DeadlineTimer").getDuedate().toInstant())
        .as("the deadline timer follows")
        .isEqualTo(newDeadline);
    Instant reminder = timer(investigation, "ReminderTimer").getDuedate().toInstant();
    assertThat(reminder).isAfter(Instant.now()).isBefore(newDeadline);
    assertThat(task("supervisor", reference, "HandleOverdueInvestigationTask")).isEmpty();
    // (the deadline timer was fired ahead of its time: the new deadline lies months ahead)
    int daysLeft = (int) Duration.between(Instant.now(), newDeadline).toDays();
    assertThat(dueWithin("investigator", reference, daysLeft - 1)).as("not due so soon").isEmpty();
    assertThat(dueWithin("investigator", reference, daysLeft + 1))
        .containsExactly("InvestigateTask");
    Api.Reply never = Api.as("investigator").get("tasks?dueWithin=0");
    assertThat(never.status()).isEqualTo(400);
    assertThat(never.invalidParams()).containsExactly("dueWithin");
    assertThat(timeline(reference))
        .filteredOn(e -> e.getString("kind").equals("TEXT"))
        .extracting(e -> e.getString("code") + ": " + e.getString("title"))
        .contains(
            "HandleOverdueInvestigationTask.decision: The forensic report is due in three weeks.");
  }

  @Test
  void shouldLetTheHeadOfTheUnitDecideAnInvestigationTheSupervisorEscalated() {
    String reference = register();
    confirmFullInvestigation(reference, "A full investigation, the unit asked for it.");
    Api.Reply assigned =
        complete(
            "supervisor2",
            reference,
            "AssignInvestigatorTask",
            "{\"investigator\": \"investigator\"}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);
    String investigation = investigation(reference);
    management.executeJob(timer(investigation, "DeadlineTimer").getId());
    Instant passed = ((Date) runtime.getVariable(investigation, "deadlineAt")).toInstant();

    Api.Reply escalated =
        complete(
            "supervisor2",
            reference,
            "HandleOverdueInvestigationTask",
            "{\"action\": \"ESCALATE\","
                + " \"decision\": \"Extended twice already: the head of the unit decides.\"}");
    assertThat(escalated.status()).as(escalated.body()).isEqualTo(204);
    assertThat(task("supervisor2", reference, "HandleOverdueInvestigationTask")).isEmpty();
    assertThat(
            task("supervisor", reference, "DecideEscalatedInvestigationTask")
                .orElseThrow()
                .getString("assignee"))
        .isEqualTo("supervisor");
    assertThat(((Date) runtime.getVariable(investigation, "deadlineAt")).toInstant())
        .as("nothing changes until the head decides")
        .isEqualTo(passed);

    Api.Reply upAgain =
        complete(
            "supervisor",
            reference,
            "DecideEscalatedInvestigationTask",
            "{\"action\": \"ESCALATE\", \"decision\": \"Not for me.\"}");
    assertThat(upAgain.status()).isEqualTo(400);
    assertThat(upAgain.invalidParams()).containsExactly("action");

    Api.Reply decided =
        complete(
            "supervisor",
            reference,
            "DecideEscalatedInvestigationTask",
            "{\"action\": \"REASSIGN\", \"extraDays\": 15, \"investigator\": \"investigator2\","
                + " \"decision\": \"Investigator 2 has the time; fifteen days more.\"}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(204);

    assertThat(task("investigator2", reference, "InvestigateTask")).isPresent();
    assertThat(task("supervisor", reference, "DecideEscalatedInvestigationTask")).isEmpty();
    JsonObject complaint = Api.as("supervisor2").get("complaints/" + reference).json();
    assertThat(complaint.getString("assignedInvestigator")).isEqualTo("investigator2");
    assertThat(complaint.getString("assignedSupervisor"))
        .as("the case keeps its supervisor")
        .isEqualTo("supervisor2");
    assertThat(((Date) runtime.getVariable(investigation, "deadlineAt")).toInstant())
        .isAfter(Instant.now().plus(Duration.ofDays(14)));
    assertThat(timeline(reference))
        .filteredOn(e -> e.getString("kind").equals("TEXT"))
        .extracting(e -> e.getString("code") + ": " + e.getString("title"))
        .contains(
            "HandleOverdueInvestigationTask.decision: Extended twice already: the head of the unit"
                + " decides.",
            "DecideEscalatedInvestigationTask.decision: Investigator 2 has the time; fifteen days"
                + " more.");
  }

  @Test
  void shouldNotEscalateToTheSupervisorWhoHeadsTheUnit() {
    String reference = overdueCase("investigator");

    Api.Reply toMyself =
        complete(
            "supervisor",
            reference,
            "HandleOverdueInvestigationTask",
            "{\"action\": \"ESCALATE\", \"decision\": \"Up the chain.\"}");
    assertThat(toMyself.status()).isEqualTo(400);
    assertThat(toMyself.invalidParams()).containsExactly("action");
    assertThat(toMyself.body()).contains("you head the unit yourself");
    assertThat(task("supervisor", reference, "HandleOverdueInvestigationTask"))
        .as("the decision is still to be taken")
        .isPresent();
  }

  @Test
  void shouldPauseTheDeadlineWhileACriminalCaseRuns() throws InterruptedException {
    String reference = register();
    confirmFullInvestigation(reference, "A full investigation, the unit asked for it.");
    assign(reference, "investigator");
    String investigation = investigation(reference);
    Instant before = ((Date) runtime.getVariable(investigation, "deadlineAt")).toInstant();
    assertThat(timer(investigation, "DeadlineTimer").getDuedate().toInstant()).isEqualTo(before);

    Api.Reply opened =
        Api.as("supervisor")
            .postJson(
                "complaints/" + reference + "/events",
                "{\"type\": \"CRIMINAL_CASE_OPENED\", \"reason\": \"The prosecutor charged him.\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(204);
    assertThat(Casework.status(reference)).isEqualTo("SUSPENDED");
    assertThat(timer(investigation, "DeadlineTimer")).as("no clock runs meanwhile").isNull();
    Thread.sleep(1500); // the suspension lasts a while

    Api.Reply closed =
        Api.as("supervisor")
            .postJson(
                "complaints/" + reference + "/events",
                "{\"type\": \"CRIMINAL_CASE_CLOSED\", \"reason\": \"Acquitted at trial.\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(204);

    Instant after = ((Date) runtime.getVariable(investigation, "deadlineAt")).toInstant();
    assertThat(Duration.between(before, after))
        .as("the deadline moved on by the time suspended")
        .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    assertThat(timer(investigation, "DeadlineTimer").getDuedate().toInstant()).isEqualTo(after);
    assertThat(
            Instant.parse(
                task("investigator", reference, "InvestigateTask").orElseThrow().getString("due")))
        .isEqualTo(after);
  }

  @Test
  void shouldGiveTheInvestigationToTheNewInvestigatorWhenReassigned() {
    String reference = overdueCase("investigator");

    Api.Reply sameOne =
        complete(
            "supervisor",
            reference,
            "HandleOverdueInvestigationTask",
            "{\"action\": \"REASSIGN\", \"extraDays\": 20, \"investigator\": \"investigator\","
                + " \"decision\": \"A fresh pair of eyes.\"}");
    assertThat(sameOne.status()).isEqualTo(400);
    assertThat(sameOne.invalidParams()).containsExactly("investigator");
    Api.Reply nobody =
        complete(
            "supervisor",
            reference,
            "HandleOverdueInvestigationTask",
            "{\"action\": \"REASSIGN\", \"extraDays\": 20, \"investigator\": \"intake\","
                + " \"decision\": \"A fresh pair of eyes.\"}");
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(nobody.invalidParams()).containsExactly("investigator");

    Api.Reply reassigned =
        complete(
            "supervisor",
            reference,
            "HandleOverdueInvestigationTask",
            "{\"action\": \"REASSIGN\", \"extraDays\": 20, \"investigator\": \"investigator2\","
                + " \"decision\": \"The first investigator is on leave until March.\"}");
    assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(204);

    assertThat(task("investigator2", reference, "InvestigateTask")).isPresent();
    assertThat(task("investigator", reference, "InvestigateTask")).isEmpty();
    assertThat(
            Api.as("supervisor")
                .get("complaints/" + reference)
                .json()
                .getString("assignedInvestigator"))
        .isEqualTo("investigator2");
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(investigation(reference))
                .activityId("InvestigateTask")
                .canceled()
                .count())
        .as("the first investigator's task ended as canceled")
        .isEqualTo(1);
  }
}
