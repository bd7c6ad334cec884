package org.veedor.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the complaint lifecycle and of its investigation, on an in-memory engine with the
 * real models and decision tables and stand-ins for the application's delegates. Timers run under a
 * controlled clock. After all paths, every sequence flow of both models must have been taken.
 */
@Deployment(
    resources = {
      "bpmn/complaint-lifecycle.bpmn",
      "bpmn/complaint-investigation.bpmn",
      "dmn/triage.dmn",
      "dmn/discipline-matrix.dmn"
    })
class ComplaintLifecycleProcessTest {

  static final String LIFECYCLE = "complaintLifecycle";
  static final String INVESTIGATION = "complaintInvestigation";
  static final String REFERENCE = "VE-2026-000123";
  static final Date NOW = new Date(1_795_000_000_000L); // 2026-11-18

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  FakeDelegates fakes;

  @BeforeEach
  void setUp() {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(NOW);
    fakes = FakeDelegates.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @AfterAll
  static void everyFlowTaken() {
    for (String model :
        List.of("bpmn/complaint-lifecycle.bpmn", "bpmn/complaint-investigation.bpmn")) {
      Set<String> all = FlowCoverage.flows(model);
      Set<String> missing = TestEngine.COVERAGE.untaken(model);
      System.out.printf(
          "flow coverage %s: %d of %d sequence flows taken (%.0f %%)%s%n",
          model,
          all.size() - missing.size(),
          all.size(),
          100.0 * (all.size() - missing.size()) / all.size(),
          missing.isEmpty() ? "" : ", not taken: " + missing);
      assertThat(missing).as("sequence flows of %s no test took", model).isEmpty();
    }
  }

  // --- the facts the triage and sanction delegates gather ---

  static Map<String, Object> triageFacts(String categoryGroup, String category, boolean serious) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("withinMandate", true);
    facts.put("organizedCrimeLink", false);
    facts.put("mostSeriousCategory", category);
    facts.put("categoryGroup", categoryGroup);
    facts.put("serious", serious);
    facts.put("injury", false);
    facts.put("seniorOfficer", false);
    facts.put("priorSustained", 0);
    return facts;
  }

  ProcessInstance fileComplaint(Map<String, Object> triageFacts) {
    fakes.when("completenessCheckDelegate", Map.of("complete", true));
    fakes.when("triageFactsDelegate", triageFacts);
    return runtimeService()
        .startProcessInstanceByKey(LIFECYCLE, REFERENCE, Map.of("complaintId", 123L));
  }

  /** Who the sanction delegate names: the sustained allegations, one per officer. */
  static Map<String, Object> sanctionFacts(Long... allegations) {
    return Map.of(
        "sanctionSubjects",
        new java.util.ArrayList<>(List.of(allegations)),
        "appealWindow",
        "P30D");
  }

  /** The facts of one officer's record that the discipline matrix decides on. */
  static Map<String, Object> officerFacts(String categoryGroup, boolean serious, int prior) {
    return Map.of("categoryGroup", categoryGroup, "serious", serious, "priorSustained", prior);
  }

  /** The variables the complaint's one open task sees (its own run's, and the complaint's). */
  static Map<String, Object> taskVariables(ProcessInstance complaint) {
    return BpmnAwareTests.taskService().getVariables(task(complaint).getId());
  }

  /** The supervisor confirms the triage table's proposal as it is. */
  @SuppressWarnings("unchecked")
  void confirmTriage(ProcessInstance complaint) {
    assertThat(complaint).isWaitingAt("ConfirmTriageTask");
    Map<String, Object> proposal =
        (Map<String, Object>) runtimeService().getVariable(complaint.getId(), "triage");
    complete(
        task(complaint),
        withVariables(
            "track", proposal.get("track"),
            "priority", proposal.get("priority"),
            "deadlineDays", proposal.get("deadlineDays")));
  }

  /** Assignment, investigation and an approved review, with or without a sustained finding. */
  void investigate(ProcessInstance complaint, boolean sustained) {
    ProcessInstance investigation = calledProcessInstance(INVESTIGATION, complaint);
    assertThat(investigation).isWaitingAt("AssignInvestigatorTask");
    assertThat(task(investigation)).hasCandidateGroup("SUPERVISOR");
    complete(
        task(investigation),
        withVariables("investigator", "investigator", "supervisor", "supervisor"));
    assertThat(task(investigation))
        .hasDefinitionKey("InvestigateTask")
        .isAssignedTo("investigator");
    complete(task(investigation));
    assertThat(task(investigation))
        .hasDefinitionKey("ReviewFindingsTask")
        .isAssignedTo("supervisor");
    fakes.when("recordFindingsDelegate", Map.of("anySustained", sustained));
    complete(task(investigation), withVariables("findingsApproved", true));
    assertThat(investigation).hasPassed("RecordFindingsTask").isEnded();
  }

  // --- Intake ---

  @Test
  void shouldAskIntakeToCompleteAPublicSubmissionBeforeRegisteringIt() {
    fakes.when("completenessCheckDelegate", Map.of("complete", false));
    fakes.when("triageFactsDelegate", triageFacts("CONDUCT", "NEGLECT_OF_DUTY", false));

    ProcessInstance complaint =
        runtimeService().startProcessInstanceByKey(LIFECYCLE, REFERENCE, Map.of());

    assertThat(complaint).isWaitingAt("CompleteSubmissionTask");
    assertThat(task(complaint)).hasCandidateGroup("INTAKE");
    fakes.when("completenessCheckDelegate", Map.of("complete", true));
    complete(task(complaint));
    assertThat(complaint).hasPassed("AcknowledgeReceiptTask").isWaitingAt("ConfirmTriageTask");
    assertThat(fakes.statuses).containsExactly("REGISTERED", "TRIAGE");
  }

  // --- FullPath ---

  @Test
  void shouldCloseAfterAnAppealWhenTheFindingIsSustained() {
    ProcessInstance complaint = fileComplaint(triageFacts("RIGHTS", "UNLAWFUL_SEARCH", false));
    fakes.when("sanctionFactsDelegate", sanctionFacts(7L));
    fakes.when("officerSanctionFactsDelegate", officerFacts("RIGHTS", false, 0));
    confirmTriage(complaint);
    assertThat(complaint).variables().containsEntry("track", "UNIT_LEVEL");

    investigate(complaint, true);

    assertThat(complaint).isWaitingAt("DecideSanctionTask");
    assertThat(task(complaint)).hasCandidateGroup("DISCIPLINARY_AUTHORITY");
    assertThat(taskVariables(complaint))
        .containsEntry("sanctionedAllegationId", 7L)
        .extractingByKey("recommendation")
        .isEqualTo(
            Map.of(
                "minimumSanction", "VERBAL_WARNING",
                "maximumSanction", "WRITTEN_REPRIMAND",
                "referral", false));
    complete(task(complaint), withVariables("sanction", "WRITTEN_REPRIMAND"));
    assertThat(complaint).isWaitingAt("AppealWindowGateway");

    runtimeService()
        .createMessageCorrelation("AppealFiled")
        .processInstanceBusinessKey(REFERENCE)
        .correlate();
    assertThat(task(complaint))
        .hasDefinitionKey("DecideAppealTask")
        .hasCandidateGroup("APPEALS_BODY");
    complete(task(complaint), withVariables("appealOutcome", "UPHELD"));

    assertThat(complaint)
        .hasPassedInOrder("ApplyAppealOutcomeTask", "CloseComplaintTask")
        .isEnded();
    assertThat(fakes.statuses)
        .containsExactly(
            "REGISTERED",
            "TRIAGE",
            "INVESTIGATION",
            "INVESTIGATION",
            "FINDINGS_REVIEW",
            "SANCTION",
            "APPEAL");
    assertThat(fakes.ran).endsWith("appealOutcomeDelegate", "closeComplaintDelegate");
  }

  @Test
  void shouldMakeTheSanctionFinalWhenTheAppealWindowClosesUnused() {
    ProcessInstance complaint = fileComplaint(triageFacts("USE_OF_FORCE", "EXCESSIVE_FORCE", true));
    fakes.when("sanctionFactsDelegate", sanctionFacts(7L));
    fakes.when("officerSanctionFactsDelegate", officerFacts("USE_OF_FORCE", true, 1));
    confirmTriage(complaint);
    investigate(complaint, true);
    assertThat(taskVariables(complaint))
        .extractingByKey("recommendation")
        .isEqualTo(
            Map.of(
                "minimumSanction", "DEMOTION", "maximumSanction", "DISMISSAL", "referral", true));
    complete(task(complaint), withVariables("sanction", "DISMISSAL"));

    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofDays(31).toMillis()));
    execute(job("AppealWindowClosedEvent", complaint));

    assertThat(complaint).hasPassedInOrder("FinalizeSanctionTask", "CloseComplaintTask").isEnded();
    assertThat(complaint).hasNotPassed("DecideAppealTask");
  }

  @Test
  void shouldDecideASanctionForEachOfficerAndCloseWhenEachIsFinal() {
    ProcessInstance complaint = fileComplaint(triageFacts("USE_OF_FORCE", "EXCESSIVE_FORCE", true));
    fakes.when("sanctionFactsDelegate", sanctionFacts(11L, 22L));
    fakes.when("officerSanctionFactsDelegate", officerFacts("USE_OF_FORCE", true, 0));
    confirmTriage(complaint);
    investigate(complaint, true);

    List<org.camunda.bpm.engine.task.Task> decisions =
        BpmnAwareTests.taskQuery()
            .processInstanceId(complaint.getId())
            .taskDefinitionKey("DecideSanctionTask")
            .list();
    assertThat(decisions)
        .extracting(
            t -> BpmnAwareTests.taskService().getVariable(t.getId(), "sanctionedAllegationId"))
        .containsExactlyInAnyOrder(11L, 22L);
    decisions.forEach(
        t ->
            BpmnAwareTests.taskService()
                .complete(t.getId(), Map.of("sanction", "SUSPENSION_DAYS")));

    // the officer of allegation 22 appeals; the other's window closes unused
    var waiting =
        runtimeService()
            .createExecutionQuery()
            .processInstanceId(complaint.getId())
            .messageEventSubscriptionName("AppealFiled")
            .list();
    assertThat(waiting).hasSize(2);
    var appealing =
        waiting.stream()
            .filter(
                e ->
                    Long.valueOf(22L)
                        .equals(runtimeService().getVariable(e.getId(), "sanctionedAllegationId")))
            .findFirst()
            .orElseThrow();
    runtimeService().messageEventReceived("AppealFiled", appealing.getId());
    assertThat(task(complaint)).hasDefinitionKey("DecideAppealTask");
    assertThat(
            BpmnAwareTests.taskService()
                .getVariable(task(complaint).getId(), "sanctionedAllegationId"))
        .isEqualTo(22L);
    complete(task(complaint), withVariables("appealOutcome", "MODIFIED"));
    assertThat(complaint).hasPassed("AppealDecidedEnd").isNotEnded();

    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofDays(31).toMillis()));
    execute(job("AppealWindowClosedEvent", complaint));

    assertThat(complaint).hasPassed("SanctionFinalEnd", "CloseComplaintTask").isEnded();
    assertThat(fakes.ran)
        .containsSubsequence(
            "appealOutcomeDelegate", "finalizeSanctionDelegate", "closeComplaintDelegate");
  }

  @Test
  void shouldCloseWithoutSanctionWhenNothingIsSustained() {
    ProcessInstance complaint = fileComplaint(triageFacts("CONDUCT", "NEGLECT_OF_DUTY", false));
    confirmTriage(complaint);

    investigate(complaint, false);

    assertThat(complaint)
        .hasPassed("CloseComplaintTask")
        .hasNotPassed("DecideSanctionTask")
        .isEnded();
  }

  @Test
  void shouldLetTheSupervisorOverrideTheTriageWithAReason() {
    ProcessInstance complaint = fileComplaint(triageFacts("CONDUCT", "NEGLECT_OF_DUTY", false));
    assertThat(complaint).isWaitingAt("ConfirmTriageTask");

    complete(
        task(complaint),
        withVariables(
            "track",
            "REFER_TO_PROSECUTOR",
            "priority",
            "HIGH",
            "deadlineDays",
            30,
            "overrideReason",
            "the same officer is under criminal investigation"));

    assertThat(complaint).hasPassed("ReferToProsecutorTask", "CloseComplaintTask").isEnded();
  }

  // --- OtherTracks ---

  @Test
  void shouldDeclineAComplaintOutsideTheMandate() {
    Map<String, Object> facts = triageFacts("CONDUCT", "DISCOURTESY", false);
    facts.put("withinMandate", false);
    ProcessInstance complaint = fileComplaint(facts);

    confirmTriage(complaint);

    assertThat(complaint).variables().containsEntry("track", "NO_JURISDICTION");
    assertThat(complaint).hasPassed("DeclineJurisdictionTask", "CloseComplaintTask").isEnded();
  }

  @Test
  void shouldCloseAMediatedComplaintWhenMediationResolvesIt() {
    ProcessInstance complaint = fileComplaint(triageFacts("CONDUCT", "DISCOURTESY", false));
    confirmTriage(complaint);
    assertThat(complaint).isWaitingAt("MediateTask");

    complete(task(complaint), withVariables("mediationResolved", true));

    assertThat(complaint).hasPassed("CloseComplaintTask").hasNotPassed("InvestigationCallActivity");
    assertThat(fakes.statuses).contains("MEDIATION");
  }

  @Test
  void shouldInvestigateWhenMediationFails() {
    ProcessInstance complaint = fileComplaint(triageFacts("CONDUCT", "DISCOURTESY", false));
    confirmTriage(complaint);

    complete(task(complaint), withVariables("mediationResolved", false));

    assertThat(complaint).isWaitingAt("InvestigationCallActivity");
    assertThat(calledProcessInstance(INVESTIGATION, complaint))
        .isWaitingAt("AssignInvestigatorTask");
  }

  // --- Investigation ---

  ProcessInstance investigation;

  /** An investigation of its own (not called from a lifecycle), assigned and under way. */
  void assignedInvestigation() {
    investigation =
        runtimeService()
            .startProcessInstanceByKey(
                INVESTIGATION, REFERENCE, Map.of("deadlineDays", 60, "seriousAllegations", false));
    complete(
        task(investigation),
        withVariables("investigator", "investigator", "supervisor", "supervisor"));
    assertThat(investigation).isWaitingAt("InvestigateTask");
  }

  @Test
  void shouldRemindAt75PercentAndEscalateToTheSupervisorAtTheDeadline() {
    assignedInvestigation();
    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofDays(45).toMillis()));
    execute(job("ReminderTimer", investigation));
    assertThat(fakes.ran).contains("deadlineReminderDelegate");
    assertThat(investigation).isWaitingAt("InvestigateTask");

    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofDays(60).toMillis()));
    execute(job("DeadlineTimer", investigation));

    assertThat(investigation).isWaitingAt("InvestigateTask", "HandleOverdueInvestigationTask");
    assertThat(taskOf("HandleOverdueInvestigationTask")).isAssignedTo("supervisor");
    org.assertj.core.api.Assertions.assertThat(
            taskOf("HandleOverdueInvestigationTask").getDueDate())
        .as("due at the deadline that passed")
        .isEqualTo(runtimeService().getVariable(investigation.getId(), "deadlineAt"));
    assertThat(fakes.ran).as("the supervisor is written to").endsWith("escalationNoticeDelegate");
    complete(taskOf("HandleOverdueInvestigationTask"), withVariables("overdueAction", "EXTEND"));
    assertThat(investigation).hasPassed("OverdueHandled").isWaitingAt("InvestigateTask");
  }

  @Test
  void shouldPlaceACaseAtTheFindingsReviewEvenWithoutADeadline() {
    // a case placed at its stage (the demonstration world, an imported case) may have no deadline
    investigation =
        runtimeService()
            .createProcessInstanceByKey(INVESTIGATION)
            .businessKey(REFERENCE)
            .setVariables(Map.of("investigator", "investigator", "supervisor", "supervisor"))
            .startBeforeActivity("ReviewFindingsTask")
            .execute();
    assertThat(investigation).isWaitingAt("ReviewFindingsTask");
    org.assertj.core.api.Assertions.assertThat(taskOf("ReviewFindingsTask").getDueDate()).isNull();
  }

  @Test
  void shouldHandTheEscalatedInvestigationToTheHeadOfTheUnit() {
    assignedInvestigation();
    ClockUtil.setCurrentTime(new Date(NOW.getTime() + Duration.ofDays(60).toMillis()));
    execute(job("DeadlineTimer", investigation));
    complete(
        taskOf("HandleOverdueInvestigationTask"),
        withVariables("overdueAction", "ESCALATE", "unitHead", "head"));

    assertThat(investigation)
        .isWaitingAt("InvestigateTask", "DecideEscalatedInvestigationTask")
        .hasNotPassed("OverdueHandled");
    assertThat(taskOf("DecideEscalatedInvestigationTask")).isAssignedTo("head");
    assertThat(fakes.ran).as("the head is written to").endsWith("escalationNoticeDelegate");
    complete(taskOf("DecideEscalatedInvestigationTask"));
    assertThat(investigation).hasPassed("EscalationDecided").isWaitingAt("InvestigateTask");
  }

  @Test
  void shouldTellTheInvestigatorOfNewEvidenceWithoutInterruptingTheWork() {
    assignedInvestigation();
    runtimeService()
        .createMessageCorrelation("NewEvidence")
        .processInstanceBusinessKey(REFERENCE)
        .correlate();

    assertThat(investigation).hasPassed("NotifyNewEvidenceTask").isWaitingAt("InvestigateTask");
  }

  @Test
  void shouldSuspendWhileACriminalCaseRunsAndResumeAfter() {
    assignedInvestigation();
    correlate("CriminalCaseOpened");
    assertThat(investigation).isWaitingAt("AwaitCriminalCaseTask");
    assertThat(fakes.statuses).endsWith("SUSPENDED");

    assertThat(fakes.ran).endsWith("pauseDeadlinesDelegate");

    correlate("CriminalCaseClosed");

    assertThat(investigation)
        .hasPassedInOrder("PauseDeadlinesTask", "AwaitCriminalCaseTask", "ResumeDeadlinesTask")
        .isWaitingAt("InvestigateTask");
    assertThat(fakes.ran).endsWith("pauseDeadlinesDelegate", "resumeDeadlinesDelegate");
    assertThat(fakes.statuses).endsWith("SUSPENDED", "INVESTIGATION");
  }

  @Test
  void shouldEndWhenTheComplainantWithdrawsAndNothingIsSerious() {
    assignedInvestigation();
    correlate("ComplaintWithdrawn");

    assertThat(investigation)
        .hasPassedInOrder("RecordWithdrawalTask", "InvestigationWithdrawn")
        .isEnded();
    assertThat(investigation).variables().containsEntry("withdrawn", true);
    assertThat(fakes.ran).contains("withdrawalDelegate");
  }

  @Test
  void shouldContinueSeriousAllegationsAfterAWithdrawal() {
    assignedInvestigation();
    runtimeService().setVariable(investigation.getId(), "seriousAllegations", true);

    correlate("ComplaintWithdrawn");

    assertThat(investigation).hasPassed("RecordWithdrawalTask").isWaitingAt("InvestigateTask");
  }

  @Test
  void shouldReturnTheFindingsToTheInvestigatorUntilTheSupervisorApproves() {
    assignedInvestigation();
    complete(task(investigation));
    complete(task(investigation), withVariables("findingsApproved", false));
    assertThat(task(investigation)).hasDefinitionKey("InvestigateTask");

    complete(task(investigation));
    complete(task(investigation), withVariables("findingsApproved", true));

    assertThat(investigation).hasPassed("InvestigationConcluded").isEnded();
  }

  private void correlate(String message) {
    runtimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(REFERENCE)
        .correlate();
  }

  private org.camunda.bpm.engine.task.Task taskOf(String definitionKey) {
    return BpmnAwareTests.taskQuery()
        .processInstanceId(investigation.getId())
        .taskDefinitionKey(definitionKey)
        .singleResult();
  }

  // --- AfterClosure ---

  @Test
  void shouldCloseTheCaseWhenAWithdrawnComplaintNamesNothingSerious() {
    ProcessInstance complaint = fileComplaint(triageFacts("CONDUCT", "NEGLECT_OF_DUTY", false));
    confirmTriage(complaint);
    ProcessInstance investigation = calledProcessInstance(INVESTIGATION, complaint);
    runtimeService().setVariable(investigation.getId(), "seriousAllegations", false);
    complete(
        task(investigation),
        withVariables("investigator", "investigator", "supervisor", "supervisor"));

    runtimeService()
        .createMessageCorrelation("ComplaintWithdrawn")
        .processInstanceBusinessKey(REFERENCE)
        .correlate();

    assertThat(complaint).hasPassed("CloseComplaintTask").isEnded();
  }

  // --- events at the stages outside the investigator's task ---

  @Test
  void shouldCloseAComplaintWithdrawnAtTriageWhenNothingIsSerious() {
    ProcessInstance complaint = fileComplaint(triageFacts("CONDUCT", "DISCOURTESY", false));
    assertThat(complaint).isWaitingAt("ConfirmTriageTask");
    fakes.when("withdrawalDelegate", Map.of("seriousAllegations", false));

    correlate("ComplaintWithdrawnAtStage");

    assertThat(complaint)
        .hasPassedInOrder("RecordWithdrawalAtStageTask", "WithdrawalClosesComplaint")
        .hasPassedInOrder("CloseWithdrawnComplaintTask", "ClosedOnWithdrawal")
        .isEnded();
    assertThat(BpmnAwareTests.taskQuery().processInstanceId(complaint.getId()).count())
        .as("the triage task ended with it")
        .isZero();
  }

  @Test
  void shouldGoOnWithSeriousAllegationsWithdrawnAtFindingsReview() {
    ProcessInstance complaint = fileComplaint(triageFacts("USE_OF_FORCE", "EXCESSIVE_FORCE", true));
    confirmTriage(complaint);
    ProcessInstance investigation = calledProcessInstance(INVESTIGATION, complaint);
    complete(
        task(investigation),
        withVariables("investigator", "investigator", "supervisor", "supervisor"));
    complete(task(investigation));
    assertThat(task(investigation)).hasDefinitionKey("ReviewFindingsTask");
    fakes.when("withdrawalDelegate", Map.of("seriousAllegations", true));

    correlate("ComplaintWithdrawnAtStage");

    assertThat(complaint).hasPassed("RecordWithdrawalAtStageTask", "WithdrawalNoted").isNotEnded();
    assertThat(task(investigation)).hasDefinitionKey("ReviewFindingsTask");
  }

  @Test
  void shouldTellOfNewEvidenceAtTriageWithoutStoppingIt() {
    ProcessInstance complaint = fileComplaint(triageFacts("CONDUCT", "NEGLECT_OF_DUTY", false));

    correlate("NewEvidenceAtStage");

    assertThat(complaint)
        .hasPassedInOrder("NotifyNewEvidenceAtStageTask", "NewEvidenceAtStageNoted")
        .isWaitingAt("ConfirmTriageTask");
    assertThat(fakes.ran).contains("newEvidenceDelegate");
  }

  @Test
  void shouldLeaveTheFindingStandingWhenTheBoardUpholdsIt() {
    ProcessInstance review =
        runtimeService()
            .createMessageCorrelation("BoardReviewRequested")
            .processInstanceBusinessKey(REFERENCE)
            .correlateStartMessage();

    assertThat(task(review))
        .hasDefinitionKey("BoardReviewTask")
        .hasCandidateGroup("OVERSIGHT_BOARD");
    complete(task(review), withVariables("reopen", false));

    assertThat(review).hasPassed("FindingUpheld").isEnded();
  }

  @Test
  void shouldReopenTheComplaintWhenTheBoardReviewSaysSo() {
    fakes.when("triageFactsDelegate", triageFacts("CONDUCT", "NEGLECT_OF_DUTY", false));
    ProcessInstance review =
        runtimeService()
            .createMessageCorrelation("BoardReviewRequested")
            .processInstanceBusinessKey(REFERENCE)
            .correlateStartMessage();

    complete(task(review), withVariables("reopen", true, "reason", "witness not heard"));

    assertThat(review)
        .hasPassedInOrder("ReopenComplaintTask", "TriageTask")
        .isWaitingAt("ConfirmTriageTask");
  }

  @Test
  void shouldTriageAgainWhenTheBoardReopensAClosedComplaint() {
    fakes.when("triageFactsDelegate", triageFacts("CORRUPTION", "BRIBERY", true));

    ProcessInstance reopened =
        runtimeService()
            .createMessageCorrelation("ComplaintReopened")
            .processInstanceBusinessKey(REFERENCE)
            .setVariable("reason", "new witness")
            .correlateStartMessage();

    assertThat(reopened).hasPassed("ReopenComplaintTask").isWaitingAt("ConfirmTriageTask");
    assertThat(reopened)
        .variables()
        .extractingByKey("triage")
        .asString()
        .contains("SPECIAL_CORRUPTION_UNIT");
  }
}
