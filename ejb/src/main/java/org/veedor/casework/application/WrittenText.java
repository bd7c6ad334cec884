package org.veedor.casework.application;

import java.time.Instant;

/**
 * A text someone wrote while working a case, as pages and the API show it.
 *
 * @param stepKey the task's key ({@code ReviewFindingsTask}) or the event's name
 * @param stepName the task's or event's name
 * @param field the form's field ({@code comments}, {@code summary}, {@code reason})
 */
public record WrittenText(
    Instant at, String stepKey, String stepName, String field, String body, String by) {}
