package org.veedor.casework.application;

import java.time.Instant;

/**
 * One line of a case's timeline: a step of its lifecycle (from the engine's history) or a change
 * recorded in the audit trail (a status change, a claimed task, a message to the complainant).
 *
 * @param kind {@code STEP}, {@code RECORD} or {@code TEXT}
 * @param code the step's activity id, or the record's audit event type
 * @param title the step's name, the record's detail, or the text written
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
    RECORD,
    /** What someone wrote: a task's field or an event's reason ({@code code} is step.field). */
    TEXT,
    /**
     * A known date of a complaint that ran no lifecycle here ({@code code} is RECEIVED, DECIDED,
     * WITHDRAWN or CLOSED; a decision's title lists the dispositions, comma-separated).
     */
    DATE
  }

  public static TimelineEntry known(String what, Instant at, String detail) {
    return new TimelineEntry(at, Kind.DATE, what, detail, "system", null, false);
  }

  public static TimelineEntry of(HistoryStep step) {
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
