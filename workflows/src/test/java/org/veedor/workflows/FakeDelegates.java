package org.veedor.workflows;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the application's delegates, registered under the names the models use. Each
 * records that it ran and sets the variables its real counterpart would set, as the test asks.
 */
public final class FakeDelegates {

  /** The statuses the complaint went through, in order. */
  public final List<String> statuses = new ArrayList<>();

  /** The delegates that ran, in order. */
  public final List<String> ran = new ArrayList<>();

  /** Variables a delegate sets when it runs, by delegate name. */
  public final Map<String, Map<String, Object>> sets = new HashMap<>();

  public static final List<String> NAMES =
      List.of(
          "completenessCheckDelegate",
          "acknowledgeReceiptDelegate",
          "triageFactsDelegate",
          "referToProsecutorDelegate",
          "declineJurisdictionDelegate",
          "sanctionFactsDelegate",
          "officerSanctionFactsDelegate",
          "appealOutcomeDelegate",
          "finalizeSanctionDelegate",
          "closeComplaintDelegate",
          "reopenComplaintDelegate",
          "deadlineReminderDelegate",
          "newEvidenceDelegate",
          "withdrawalDelegate",
          "pauseDeadlinesDelegate",
          "resumeDeadlinesDelegate",
          "recordFindingsDelegate");

  /** Registers every fake; the deadlines delegate computes the dates as the real one does. */
  public static FakeDelegates register() {
    FakeDelegates fakes = new FakeDelegates();
    for (String name : NAMES) {
      Mocks.register(name, fakes.delegate(name));
    }
    Mocks.register(
        "investigationDeadlinesDelegate",
        (JavaDelegate)
            execution -> {
              fakes.ran.add("investigationDeadlinesDelegate");
              long days = ((Number) execution.getVariable("deadlineDays")).longValue();
              long now = ClockUtil.getCurrentTime().getTime();
              long span = days * 24 * 3600 * 1000;
              execution.setVariable("reminderAt", new Date(now + span * 3 / 4));
              execution.setVariable("deadlineAt", new Date(now + span));
            });
    Mocks.register("complaintStatus", fakes.new Status());
    Mocks.register(
        "escalationNoticeDelegate",
        (org.camunda.bpm.engine.delegate.TaskListener)
            task -> fakes.ran.add("escalationNoticeDelegate"));
    return fakes;
  }

  private JavaDelegate delegate(String name) {
    return (DelegateExecution execution) -> {
      ran.add(name);
      sets.getOrDefault(name, Map.of()).forEach(execution::setVariable);
    };
  }

  /** What the real delegate of that name will set, next time it runs. */
  public FakeDelegates when(String delegate, Map<String, Object> variables) {
    sets.put(delegate, variables);
    return this;
  }

  /** Stands in for the status bean: records each status the process enters. */
  public final class Status {
    public void enter(DelegateExecution execution, String status) {
      statuses.add(status);
    }
  }
}
