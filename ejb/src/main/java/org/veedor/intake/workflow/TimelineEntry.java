package org.veedor.intake.workflow;

import java.time.Instant;

/**
 * One line of a case's timeline: a step of its lifecycle (from the engine's history) or a change
 * recorded in the audit trail (a status change, a claimed task, a message to the complainant).
 *
 * @param kind {@code STEP} or {@code RECORD}
 * @param code the step's activity id, or the record's audit event type
 * @param title the step's name, or the record's detail
 * @param by who: a username or {@code system}
 * @param endedAt when a step ended ({@code null} while it runs; records have none)
 */
public record TimelineEntry(
    Instant at,
    Kind kind,
    String code,
    String title,
    String by,
    Instant endedAt,
    boolean canceled) {

  public enum Kind {
    STEP,
    RECORD
  }

  static TimelineEntry of(HistoryStep step) {
    return new TimelineEntry(
        step.startedAt(),
        Kind.STEP,
        step.activityId(),
        step.name(),
        step.by(),
        step.endedAt(),
        step.canceled());
  }

  /** Whether this step is still running. */
  public boolean isRunning() {
    return kind == Kind.STEP && endedAt == null;
  }
}
