package org.veedor.investigation.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Issues the investigation task again after a decision on an overdue investigation: the new
 * deadline (and investigator) go into the investigation's variables, and when the investigator's
 * task is open it is replaced by a fresh one, so that its reminder and deadline timers run from the
 * new dates and its assignee is the one decided. Nothing is lost: the task holds no work of its own
 * (findings are proposed when it completes; notes and files live with the case).
 */
@ApplicationScoped
public class InvestigationRestart {

  static final String INVESTIGATE = "InvestigateTask";

  @Inject RuntimeService runtime;
  @Inject TaskService tasks;

  /**
   * @param decidingTaskId the overdue decision's task, in the investigation's process
   * @param variables the investigation's new deadline, reminder and investigator
   */
  public void withDeadline(String decidingTaskId, Map<String, Object> variables) {
    Task deciding = tasks.createTaskQuery().taskId(decidingTaskId).singleResult();
    String investigation = deciding.getProcessInstanceId();
    runtime.setVariables(investigation, variables);
    ActivityInstance tree = runtime.getActivityInstance(investigation);
    ActivityInstance[] open = tree.getActivityInstances(INVESTIGATE);
    if (open.length == 0) {
      // under review, or suspended while a criminal case runs: the dates apply when it resumes
      return;
    }
    var modification = runtime.createProcessInstanceModification(investigation);
    for (ActivityInstance instance : open) {
      modification = modification.cancelActivityInstance(instance.getId());
    }
    modification.startBeforeActivity(INVESTIGATE).execute();
  }
}
