package org.veedor.web.tasks;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.veedor.casework.application.CaseWork;
import org.veedor.casework.application.TaskView;
import org.veedor.platform.ConflictException;
import org.veedor.platform.NotAllowedException;
import org.veedor.web.platform.Messages;
import org.veedor.web.platform.PagedDataModel;

/** My tasks and my roles' queues, overdue first; claim one, or open its form. */
@Named
@ViewScoped
public class TaskInboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseWork tasks;

  private boolean overdueOnly;
  private String reference;
  private String taskKey;
  private Integer dueWithinDays;
  private java.util.List<String> taskKeys;
  private int first;
  private PagedDataModel<TaskView> inbox;

  @PostConstruct
  void init() {
    inbox =
        new PagedDataModel<>(
            request ->
                tasks.inbox(
                    new CaseWork.InboxFilter(overdueOnly, reference, taskKey, dueWithinDays),
                    request),
            TaskView::id);
    taskKeys = tasks.taskKeys();
  }

  public void search() {
    first = 0;
  }

  public void claim(TaskView task) {
    try {
      tasks.claim(task.id());
      Messages.info("task.claimed", task.name());
    } catch (ConflictException | NotAllowedException e) {
      Messages.error(e);
    }
  }

  public PagedDataModel<TaskView> getInbox() {
    return inbox;
  }

  public Integer getDueWithinDays() {
    return dueWithinDays;
  }

  public void setDueWithinDays(Integer dueWithinDays) {
    this.dueWithinDays = dueWithinDays;
  }

  /** The choices of the "due within" filter, in days. */
  public java.util.List<Integer> getDueChoices() {
    return java.util.List.of(7, 14, 30);
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getTaskKey() {
    return taskKey;
  }

  public void setTaskKey(String taskKey) {
    this.taskKey = taskKey;
  }

  /** The kinds of task to filter by. */
  public java.util.List<String> getTaskKeys() {
    return taskKeys;
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = first;
  }
}
