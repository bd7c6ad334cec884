package org.veedor.casework.application;

import java.time.Instant;

/**
 * One step of a complaint's lifecycle as it happened.
 *
 * @param by who did it: the user who completed a task, who started the run, or {@code system}
 * @param canceled whether the step was cut short (a timer not needed, an interrupted task)
 */
public record HistoryStep(
    String activityId,
    String name,
    String type,
    Instant startedAt,
    Instant endedAt,
    String by,
    boolean canceled) {}
