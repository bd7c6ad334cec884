package org.veedor.casework.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;

/**
 * The work of a case's lifecycle as people see it, whatever engine runs it: their inbox (their own
 * tasks and their roles' queues, overdue first, only of cases the access rules let them see),
 * claiming and completing tasks with the task's form, the events a case waits for, and each case's
 * history, timeline and drawing. The web talks to this; casework's workflow package implements it.
 */
public interface CaseWork {

  /**
   * What the inbox shows.
   *
   * @param reference part of a case's reference number, or {@code null} for all
   * @param taskKey one kind of task ({@code ReviewFindingsTask}), or {@code null} for all
   * @param dueWithinDays only tasks due within so many days from now (overdue ones included), or
   *     {@code null} for all
   */
  record InboxFilter(boolean overdueOnly, String reference, String taskKey, Integer dueWithinDays) {

    public InboxFilter(boolean overdueOnly, String reference, String taskKey) {
      this(overdueOnly, reference, taskKey, null);
    }
  }

  /**
   * A task with its form's context: the triage proposal, the recommended range, who works it, and
   * what people wrote on the case so far, newest first (the supervisor's reasons for returning the
   * findings are the first thing the investigator reads on the reopened task).
   */
  record TaskDetails(TaskView task, Map<String, Object> context, List<WrittenText> written) {}

  /** A case's lifecycle drawn: its model, the steps done, the steps it waits in now. */
  record Diagram(String xml, List<String> completed, List<String> active) {}

  /** The caller's tasks and their roles' open queues, overdue first. */
  Page<TaskView> inbox(boolean overdueOnly, PageRequest page);

  /** The caller's tasks and their roles' open queues, overdue first, filtered. */
  Page<TaskView> inbox(InboxFilter filter, PageRequest page);

  /** The kinds of task of the lifecycle, by their keys. */
  List<String> taskKeys();

  /** One task with the decisions its form starts from. */
  TaskDetails task(String taskId);

  /** Takes a task from the caller's queue. */
  TaskView claim(String taskId);

  /** Gives a held task back to its queue. */
  TaskView unclaim(String taskId);

  /**
   * Completes a task with its form's payload: the form validates it and applies it to the case,
   * then the lifecycle moves on, all in one transaction.
   */
  void complete(String taskId, Map<String, Object> payload);

  /** Delivers an event from outside to the case's lifecycle (an appeal filed, new evidence...). */
  void deliver(String reference, CaseEvent event, String reason);

  /** Delivers an event; an appeal names the officer who appeals (badge). */
  void deliver(String reference, CaseEvent event, String reason, String officer);

  /** The events the caller may record on this case now. */
  List<CaseEvent> eventsAvailable(String reference);

  /** Every step of the case's lifecycle runs, oldest first; empty when not the caller's to read. */
  Optional<List<HistoryStep>> history(String reference);

  /** The case's timeline, oldest first; empty when not the caller's to read. */
  Optional<List<TimelineEntry>> timeline(String reference);

  /** The lifecycle model of the case's latest run, with its steps done and current. */
  Optional<Diagram> diagram(String reference);
}
