package org.veedor.casework.workflow;

import org.veedor.platform.MessageKey;

/** Why a task or an event of the lifecycle is refused, as keys of the message bundles. */
public enum TaskRefusal implements MessageKey {
  GONE("task.refusal.gone"),
  /** {0}: who holds it. */
  ALREADY_HELD("task.refusal.alreadyHeld"),
  /** {0}: who holds it. */
  HELD_BY_OTHER("task.refusal.heldByOther"),
  ONLY_HOLDER_GIVES_BACK("task.refusal.onlyHolderGivesBack"),
  CASE_KEPT_FROM_YOU("task.refusal.caseKeptFromYou"),
  NOT_YOURS("task.refusal.notYours"),
  CHANGED_MEANWHILE("task.refusal.changedMeanwhile"),
  TAKEN_MEANWHILE("task.refusal.takenMeanwhile"),
  /** {0}: the event. */
  ROLE_DOES_NOT_RECORD("task.refusal.roleDoesNotRecord"),
  REOPENING_NEEDS_REASON("task.refusal.reopeningNeedsReason"),
  OVERRIDE_NEEDS_REASON("task.refusal.overrideNeedsReason"),
  SAY_WHOM_IT_IS_ABOUT("task.refusal.sayWhomItIsAbout");

  private final String key;

  TaskRefusal(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
