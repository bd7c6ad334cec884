package org.veedor.web.tasks;

import org.veedor.web.platform.Messages;

/** The names of the lifecycle's tasks and case events in the reader's language. */
public final class StepLabels {

  private StepLabels() {}

  /** A task's key ({@code ReviewFindingsTask}) or an event's name ({@code COMPLAINT_REOPENED}). */
  public static String of(String stepKey) {
    if (stepKey.endsWith("Task")) {
      return Messages.text("task." + stepKey);
    }
    return Messages.text("case.event." + stepKey);
  }
}
