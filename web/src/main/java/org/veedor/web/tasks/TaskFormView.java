package org.veedor.web.tasks;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veedor.casework.application.CaseWork;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.investigation.application.InvestigationSettings;
import org.veedor.investigation.application.OverdueAction;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NotAllowedException;
import org.veedor.web.platform.Messages;

/**
 * One task's form: the case it belongs to, what the lifecycle proposes (the triage table, the
 * discipline matrix), and the fields of this kind of task. Completing it hands the values to the
 * task's form in the application, which checks them; its refusals come back field by field.
 */
@Named
@ViewScoped
public class TaskFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Fields that hold codes, never numbers, even when they are all digits (badge 100123). */
  private static final java.util.Set<String> CODES =
      java.util.Set.of("badgeNumber", "unitCode", "investigator");

  @Inject transient CaseWork tasks;
  @Inject transient ComplaintQueries complaints;
  @Inject transient org.veedor.web.intake.CategoryLabels categoryLabels;
  @Inject transient InvestigationSettings investigationSettings;

  private String taskId;
  private CaseWork.TaskDetails details;
  private ComplaintDetails complaint;
  private final Map<String, Object> values = new HashMap<>();
  private final Map<String, String> findings = new LinkedHashMap<>();

  /** Loads the task named by the {@code task} parameter. */
  public void load() {
    try {
      details = tasks.task(taskId);
      complaint = complaints.find(details.task().reference()).orElse(null);
      prefill();
    } catch (ConflictException | NotAllowedException e) {
      details = null;
      Messages.error(e);
    }
  }

  @SuppressWarnings("unchecked")
  private void prefill() {
    if ("ConfirmTriageTask".equals(getKey())
        && details.context().get("triage") instanceof Map<?, ?> proposal) {
      Map<String, Object> p = (Map<String, Object>) proposal;
      values.put("track", p.get("track"));
      values.put("priority", p.get("priority"));
      values.put("deadlineDays", p.get("deadlineDays"));
    }
    if (complaint != null) {
      complaint.allegations().forEach(a -> findings.putIfAbsent(String.valueOf(a.id()), null));
    }
  }

  public String complete() {
    Map<String, Object> payload = new HashMap<>();
    values.forEach(
        (name, value) -> {
          if (value != null && !(value instanceof String text && text.isBlank())) {
            payload.put(name, CODES.contains(name) ? value.toString().strip() : typed(value));
          }
        });
    if ("InvestigateTask".equals(getKey())) {
      Map<String, Object> proposed = new HashMap<>();
      findings.forEach(
          (id, finding) -> {
            if (finding != null && !finding.isBlank()) {
              proposed.put(id, finding);
            }
          });
      payload.put("findings", proposed);
    }
    try {
      tasks.complete(taskId, payload);
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              f ->
                  Messages.error(
                      "task.invalid",
                      Messages.text("task.field." + f.field().replaceAll("\\..*", "")),
                      Messages.text(f)));
      return null;
    } catch (ConflictException | NotAllowedException e) {
      Messages.error(e);
      return null;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Messages.text("task.completed", Messages.text("task." + getKey())),
            null));
    return "/tasks/task-inbox?faces-redirect=true";
  }

  /** The form's values as the task forms read them: yes/no as booleans, counts as numbers. */
  private static Object typed(Object value) {
    if (value instanceof String text) {
      String t = text.strip();
      if (t.equals("true") || t.equals("false")) {
        return Boolean.valueOf(t);
      }
      if (t.matches("-?\\d{1,9}")) {
        return Integer.valueOf(t);
      }
      return t;
    }
    if (value instanceof java.math.BigDecimal decimal
        && decimal.stripTrailingZeros().scale() <= 0) {
      return decimal.intValue();
    }
    if (value instanceof Long number) {
      return number.intValue();
    }
    return value;
  }

  /** A task's or case event's name in the reader's language. */
  public String stepLabel(String stepKey) {
    return StepLabels.of(stepKey);
  }

  /**
   * Whose sanction a sanction or appeal task decides: the officer's name and badge (or the unit's
   * allegation when no officer was identified).
   */
  public String getSanctionedOfficer() {
    if (details == null || complaint == null) {
      return null;
    }
    Object id = details.context().get("sanctionedAllegationId");
    if (!(id instanceof Number number)) {
      return null;
    }
    return complaint.allegations().stream()
        .filter(a -> a.id() != null && a.id() == number.longValue())
        .findFirst()
        .map(
            a ->
                (a.officerName() == null
                        ? Messages.text("task.form.officerUnidentified")
                        : a.officerName() + " (" + a.badgeNumber() + ")")
                    + " · "
                    + categoryLabels.of(a.categoryCode()))
        .orElse(null);
  }

  public String getKey() {
    return details == null ? null : details.task().taskKey();
  }

  public List<String> getTracks() {
    return List.of(
        "FULL_INVESTIGATION",
        "SPECIAL_CORRUPTION_UNIT",
        "UNIT_LEVEL",
        "MEDIATION",
        "REFER_TO_PROSECUTOR",
        "NO_JURISDICTION");
  }

  public List<String> getPriorities() {
    return List.of("LOW", "MEDIUM", "HIGH", "URGENT");
  }

  public List<String> getDispositions() {
    return List.of("SUSTAINED", "NOT_SUSTAINED", "EXONERATED", "UNFOUNDED");
  }

  public List<String> getSanctions() {
    return List.of(
        "NONE", "VERBAL_WARNING", "WRITTEN_REPRIMAND", "SUSPENSION_DAYS", "DEMOTION", "DISMISSAL");
  }

  /**
   * The supervisor's choices at the deadline: escalating only when the install names a head of the
   * unit other than the supervisor; the head's own choices leave escalation out.
   */
  public List<String> getOverdueActions() {
    if ("DecideEscalatedInvestigationTask".equals(getKey())) {
      return OverdueAction.forTheHead().stream().map(Enum::name).toList();
    }
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    boolean escalates = investigationSettings.headOfUnit().filter(h -> !h.equals(me)).isPresent();
    return java.util.Arrays.stream(OverdueAction.values())
        .filter(a -> escalates || a != OverdueAction.ESCALATE)
        .map(Enum::name)
        .toList();
  }

  public List<String> getAppealOutcomes() {
    return List.of("UPHELD", "MODIFIED", "REVERSED");
  }

  public String getTaskId() {
    return taskId;
  }

  /** The view parameter; a postback without it keeps the task this view was opened for. */
  public void setTaskId(String taskId) {
    if (taskId != null && !taskId.isBlank()) {
      this.taskId = taskId;
    }
  }

  public CaseWork.TaskDetails getDetails() {
    return details;
  }

  public ComplaintDetails getComplaint() {
    return complaint;
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public Map<String, String> getFindings() {
    return findings;
  }
}
