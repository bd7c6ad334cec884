package org.veedor.casework.application;

import java.time.Instant;

/**
 * A task in someone's inbox: what to do, on which case, whose it is, and by when.
 *
 * @param taskKey the task's id in the model ({@code ReviewFindingsTask}), which names its form
 * @param assignee who holds it, or null while it waits in a group's queue
 * @param overdue whether its due time has passed
 */
public record TaskView(
    String id,
    String taskKey,
    String name,
    String reference,
    String complaintStatus,
    String priority,
    String assignee,
    Instant created,
    Instant due,
    boolean overdue) {}
