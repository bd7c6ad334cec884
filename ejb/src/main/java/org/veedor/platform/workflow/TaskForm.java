package org.veedor.platform.workflow;

import java.util.Map;
import java.util.Set;

/**
 * The form of one kind of user task: what its payload must hold, and what completing it changes in
 * Veedor's records before the process moves on. One implementation per task of the lifecycle, in
 * the workflow package of the context whose words it speaks.
 */
public interface TaskForm {

  /** The task's id in the model, such as {@code ReviewFindingsTask}. */
  String taskKey();

  /** The roles that work this kind of task (besides whoever it is assigned to). */
  Set<String> roles();

  /**
   * Validates the payload (throwing {@code InvalidInputException} naming each bad field), applies
   * it to the case, and returns the variables to complete the task with.
   */
  Map<String, Object> complete(TaskContext task, Payload payload);

  /** The task being completed: its case, its process variables, and who completes it. */
  record TaskContext(
      String taskId,
      String taskKey,
      long complaintId,
      String reference,
      String username,
      Map<String, Object> variables) {}
}
