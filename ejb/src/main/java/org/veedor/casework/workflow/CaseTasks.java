package org.veedor.casework.workflow;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.casework.application.CaseEvent;
import org.veedor.casework.application.CaseWork;
import org.veedor.casework.application.HistoryStep;
import org.veedor.casework.application.TaskTexts;
import org.veedor.casework.application.TaskView;
import org.veedor.casework.application.TimelineEntry;
import org.veedor.casework.application.WrittenText;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NotAllowedException;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/**
 * The work of the lifecycle as people see it: their inbox (their own tasks and their roles' queues,
 * overdue first, only of cases the access rules let them see), claiming and completing tasks with
 * the task's form, the events a case waits for, and each case's history.
 */
@Stateless
@RolesAllowed(Roles.SIGNED_IN)
public class CaseTasks implements CaseWork {

  /** Process variables a task's form may show: decisions, never personal data. */
  private static final List<String> CONTEXT =
      List.of(
          Lifecycle.TRIAGE,
          Lifecycle.TRACK,
          Lifecycle.PRIORITY,
          Lifecycle.DEADLINE_DAYS,
          Lifecycle.INVESTIGATOR,
          Lifecycle.SUPERVISOR,
          Lifecycle.DEADLINE_AT,
          Lifecycle.RECOMMENDATION,
          Lifecycle.SANCTIONED_ALLEGATION,
          Lifecycle.REASON);

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch search;
  @Inject TaskService tasks;
  @Inject RuntimeService runtime;
  @Inject HistoryService history;
  @Inject org.camunda.bpm.engine.RepositoryService repository;
  @Inject IdentityService identity;
  @Inject ComplaintLifecycle lifecycle;
  @Inject AuditTrail audit;
  @Inject TaskTexts texts;
  @Inject Clock clock;
  @Inject @Any Instance<TaskForm> forms;

  /** The caller's tasks and their roles' open queues, overdue first. */
  @Override
  public Page<TaskView> inbox(boolean overdueOnly, PageRequest page) {
    return inbox(new InboxFilter(overdueOnly, null, null), page);
  }

  /** The kinds of task of the lifecycle, by their keys, in the order of the lifecycle's forms. */
  @Override
  public List<String> taskKeys() {
    return forms.stream().map(TaskForm::taskKey).sorted().toList();
  }

  /** The caller's tasks and their roles' open queues, overdue first, filtered. */
  @Override
  public Page<TaskView> inbox(InboxFilter filter, PageRequest page) {
    boolean overdueOnly = filter.overdueOnly();
    Viewer me = viewers.current(session);
    var query = tasks.createTaskQuery();
    if (filter.reference() != null && !filter.reference().isBlank()) {
      String part = filter.reference().strip().toUpperCase(java.util.Locale.ROOT);
      query =
          query.processInstanceBusinessKeyLike(
              "%" + part.replace("\\", "").replace("%", "").replace("_", "") + "%");
    }
    if (filter.taskKey() != null && !filter.taskKey().isBlank()) {
      query = query.taskDefinitionKey(filter.taskKey().strip());
    }
    query = query.or().taskAssignee(me.username());
    if (!me.roles().isEmpty()) {
      query = query.taskCandidateGroupIn(new ArrayList<>(me.roles()));
    }
    List<Task> open = query.endOr().list();
    Map<String, String> references = references(open);
    Set<String> visible =
        search.visibleReferences(
            references.values().stream().distinct().map(ReferenceNumber::parse).toList(), me);
    Instant now = clock.instant();
    List<Task> mine =
        open.stream()
            .filter(t -> visible.contains(references.get(t.getProcessInstanceId())))
            .filter(t -> !overdueOnly || overdue(t, now))
            .filter(t -> dueWithin(t, filter.dueWithinDays(), now))
            .sorted(
                Comparator.comparing((Task t) -> !overdue(t, now))
                    .thenComparing(
                        t -> t.getDueDate() == null ? Long.MAX_VALUE : t.getDueDate().getTime())
                    .thenComparing(Task::getCreateTime))
            .toList();
    List<Task> slice =
        mine.subList(
            Math.min(page.offset(), mine.size()),
            Math.min(page.offset() + page.size(), mine.size()));
    Map<String, Complaint> complaints = complaintsOf(slice, references);
    List<TaskView> items = slice.stream().map(t -> view(t, references, complaints, now)).toList();
    return Page.of(items, page, mine.size());
  }

  /** One task with the decisions its form starts from. */
  @Override
  public TaskDetails task(String taskId) {
    Task task = openTask(taskId);
    Viewer me = viewers.current(session);
    String reference = mayWork(task, me, false);
    Map<String, Object> context = new LinkedHashMap<>();
    Map<String, Object> variables = tasks.getVariables(taskId, CONTEXT);
    for (String name : CONTEXT) {
      if (variables.get(name) != null) {
        context.put(name, variables.get(name));
      }
    }
    Map<String, String> references = Map.of(task.getProcessInstanceId(), reference);
    Map<String, Complaint> complaints = complaintsOf(List.of(task), references);
    TaskView view = view(task, references, complaints, clock.instant());
    Complaint complaint = complaints.get(reference);
    List<WrittenText> written =
        complaint == null ? List.of() : new ArrayList<>(texts.of(complaint.id()));
    java.util.Collections.reverse(written);
    return new TaskDetails(view, context, written);
  }

  @Override
  public TaskView claim(String taskId) {
    Task task = openTask(taskId);
    Viewer me = viewers.current(session);
    String reference = mayWork(task, me, true);
    if (task.getAssignee() != null && !task.getAssignee().equals(me.username())) {
      throw new ConflictException(TaskRefusal.ALREADY_HELD, task.getAssignee());
    }
    asCaller(
        me,
        () -> {
          tasks.claim(taskId, me.username());
          return null;
        });
    audit.record(
        AuditEventType.TASK_CLAIMED, "complaint", reference, AuditOutcome.SUCCESS, task.getName());
    return task(taskId).task();
  }

  @Override
  public TaskView unclaim(String taskId) {
    Task task = openTask(taskId);
    Viewer me = viewers.current(session);
    String reference = mayWork(task, me, false);
    if (!me.username().equals(task.getAssignee())) {
      throw new NotAllowedException(TaskRefusal.ONLY_HOLDER_GIVES_BACK);
    }
    asCaller(
        me,
        () -> {
          tasks.setAssignee(taskId, null);
          return null;
        });
    audit.record(
        AuditEventType.TASK_CLAIMED,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        task.getName() + " given back");
    return task(taskId).task();
  }

  /**
   * Completes a task with its form's payload: the form validates it and applies it to the case,
   * then the process moves on, all in one transaction.
   *
   * @throws ConflictException when the task no longer exists
   * @throws NotAllowedException when the task is someone else's or the case is not the caller's
   * @throws InvalidInputException naming each bad field of the payload
   */
  @Override
  public void complete(String taskId, Map<String, Object> payload) {
    Task task = openTask(taskId);
    Viewer me = viewers.current(session);
    String reference = mayWork(task, me, true);
    if (task.getAssignee() != null && !task.getAssignee().equals(me.username())) {
      throw new NotAllowedException(TaskRefusal.HELD_BY_OTHER, task.getAssignee());
    }
    TaskForm form =
        formFor(task.getTaskDefinitionKey())
            .orElseThrow(
                () -> new IllegalStateException("no form for " + task.getTaskDefinitionKey()));
    Map<String, Object> variables = tasks.getVariables(taskId);
    long complaintId = ((Number) variables.get(Lifecycle.COMPLAINT_ID)).longValue();
    Payload input = new Payload(payload);
    Map<String, Object> outcome =
        form.complete(
            new TaskForm.TaskContext(
                taskId,
                task.getTaskDefinitionKey(),
                complaintId,
                reference,
                me.username(),
                variables),
            input);
    asCaller(
        me,
        () -> {
          if (task.getAssignee() == null) {
            tasks.claim(taskId, me.username());
          }
          tasks.complete(taskId, outcome);
          return null;
        });
    texts.keep(
        complaintId,
        task.getTaskDefinitionKey(),
        task.getName(),
        input.notes(),
        me.username(),
        clock.instant());
    audit.record(
        AuditEventType.TASK_COMPLETED,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        task.getName() + describe(outcome));
  }

  /** Delivers an event from outside to the case's lifecycle (an appeal filed, new evidence...). */
  @Override
  public void deliver(String reference, CaseEvent event, String reason) {
    deliver(reference, event, reason, null);
  }

  /**
   * Delivers an event; an appeal names the officer who appeals (badge) when several officers'
   * sanctions await one.
   */
  @Override
  public void deliver(String reference, CaseEvent event, String reason, String officer) {
    Viewer me = viewers.current(session);
    if (recordedBy(event).stream().noneMatch(me::hasRole)) {
      throw new NotAllowedException(TaskRefusal.ROLE_DOES_NOT_RECORD, event);
    }
    if (event == CaseEvent.COMPLAINT_REOPENED && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", TaskRefusal.REOPENING_NEEDS_REASON);
    }
    Complaint complaint = visibleComplaint(reference, me);
    asCaller(
        me,
        () -> {
          lifecycle.deliver(complaint, event, reason, officer);
          return null;
        });
    if (reason != null && !reason.isBlank()) {
      texts.keep(
          complaint.id(),
          event.name(),
          event.name(),
          Map.of("reason", reason.strip()),
          me.username(),
          clock.instant());
    }
    audit.record(
        AuditEventType.CASE_EVENT,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        event
            + (officer == null || officer.isBlank() ? "" : " (officer " + officer.strip() + ")")
            + (reason == null ? "" : ": " + reason));
  }

  /** The roles that record an event. */
  static Set<String> recordedBy(CaseEvent event) {
    return switch (event) {
      case APPEAL_FILED -> Set.of(Roles.APPEALS_BODY, Roles.DISCIPLINARY_AUTHORITY);
      case NEW_EVIDENCE -> Set.of(Roles.INVESTIGATOR, Roles.SUPERVISOR, Roles.INTAKE);
      case COMPLAINT_WITHDRAWN -> Set.of(Roles.INTAKE);
      case CRIMINAL_CASE_OPENED, CRIMINAL_CASE_CLOSED -> Set.of(Roles.SUPERVISOR);
      case BOARD_REVIEW_REQUESTED -> Set.of(Roles.INTAKE, Roles.OVERSIGHT_BOARD);
      case COMPLAINT_REOPENED -> Set.of(Roles.OVERSIGHT_BOARD);
    };
  }

  /**
   * The events the caller may record on this case now: their roles record it, and the case is at a
   * stage where it applies. Empty when the case is not the caller's to see.
   */
  @Override
  public List<CaseEvent> eventsAvailable(String reference) {
    Viewer me = viewers.current(session);
    Optional<Complaint> complaint = search.findVisible(reference, me);
    if (complaint.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(CaseEvent.values())
        .filter(e -> recordedBy(e).stream().anyMatch(me::hasRole))
        .filter(e -> e.stages().contains(complaint.get().status()))
        .toList();
  }

  /**
   * Every step of the case's lifecycle runs (the investigation included), oldest first; for the
   * roles that read cases (not leadership or administrators).
   */
  @RolesAllowed({
    Roles.INTAKE,
    Roles.INVESTIGATOR,
    Roles.SUPERVISOR,
    Roles.DISCIPLINARY_AUTHORITY,
    Roles.APPEALS_BODY,
    Roles.OVERSIGHT_BOARD,
    Roles.AUDITOR
  })
  @Override
  public Optional<List<HistoryStep>> history(String reference) {
    if (!readable(reference, "history")) {
      return Optional.empty();
    }
    List<HistoryStep> steps = steps(reference);
    audit.record(AuditEventType.CASE_READ, "complaint", reference, AuditOutcome.SUCCESS, "history");
    return Optional.of(steps);
  }

  /**
   * The case's timeline, oldest first: the steps of its lifecycle merged with what the audit trail
   * recorded of it (status changes, claims, completions, messages, events); reads are not shown.
   */
  @RolesAllowed({
    Roles.INTAKE,
    Roles.INVESTIGATOR,
    Roles.SUPERVISOR,
    Roles.DISCIPLINARY_AUTHORITY,
    Roles.APPEALS_BODY,
    Roles.OVERSIGHT_BOARD,
    Roles.AUDITOR
  })
  @Override
  public Optional<List<TimelineEntry>> timeline(String reference) {
    if (!readable(reference, "timeline")) {
      return Optional.empty();
    }
    List<TimelineEntry> entries = new ArrayList<>();
    List<HistoryStep> steps = steps(reference);
    steps.forEach(step -> entries.add(TimelineEntry.of(step)));
    Optional<Complaint> found = search.findVisible(reference, viewers.current(session));
    if (steps.isEmpty()) {
      found.ifPresent(complaint -> entries.addAll(knownDates(complaint)));
    }
    audit
        .changesTo("complaint", reference)
        .forEach(
            e ->
                entries.add(
                    new TimelineEntry(
                        e.occurredAt(),
                        TimelineEntry.Kind.RECORD,
                        e.type(),
                        e.detail(),
                        e.username(),
                        null,
                        false)));
    found.ifPresent(
        complaint ->
            texts
                .of(complaint.id())
                .forEach(
                    t ->
                        entries.add(
                            new TimelineEntry(
                                t.at(),
                                TimelineEntry.Kind.TEXT,
                                t.stepKey() + "." + t.field(),
                                t.body(),
                                t.by(),
                                null,
                                false))));
    // stable: a step and the record it caused at the same instant keep step first
    entries.sort(Comparator.comparing(TimelineEntry::at));
    audit.record(
        AuditEventType.CASE_READ, "complaint", reference, AuditOutcome.SUCCESS, "timeline");
    return Optional.of(entries);
  }

  /**
   * What is known of a complaint that never ran a lifecycle here (imported, or a closed record of
   * the demonstration): the day it was received, the days its allegations were decided, its
   * withdrawal and its closure. Days are read in the complaint's own zone.
   */
  static List<TimelineEntry> knownDates(Complaint complaint) {
    java.time.ZoneId zone = complaint.zone();
    List<TimelineEntry> dates = new ArrayList<>();
    dates.add(
        TimelineEntry.known(
            "RECEIVED", complaint.receivedOn().atStartOfDay(zone).toInstant(), null));
    Map<java.time.LocalDate, List<String>> decided = new java.util.TreeMap<>();
    for (var allegation : complaint.allegations()) {
      if (allegation.disposedOn() != null && allegation.disposition() != null) {
        decided
            .computeIfAbsent(allegation.disposedOn(), d -> new ArrayList<>())
            .add(allegation.disposition().name());
      }
    }
    decided.forEach(
        (day, dispositions) ->
            dates.add(
                TimelineEntry.known(
                    "DECIDED",
                    day.atStartOfDay(zone).toInstant(),
                    String.join(",", dispositions.stream().sorted().toList()))));
    if (complaint.withdrawnAt() != null) {
      dates.add(TimelineEntry.known("WITHDRAWN", complaint.withdrawnAt(), null));
    }
    if (complaint.closedAt() != null) {
      dates.add(TimelineEntry.known("CLOSED", complaint.closedAt(), null));
    } else if (complaint.closedOn() != null) {
      dates.add(
          TimelineEntry.known("CLOSED", complaint.closedOn().atStartOfDay(zone).toInstant(), null));
    }
    return dates;
  }

  /** Whether the caller may read this case; a refusal is recorded as a read that found nothing. */
  private boolean readable(String reference, String what) {
    if (search.findVisible(reference, viewers.current(session)).isPresent()) {
      return true;
    }
    audit.record(AuditEventType.CASE_READ, "complaint", reference, AuditOutcome.NOT_FOUND, what);
    return false;
  }

  private List<HistoryStep> steps(String reference) {
    List<HistoricProcessInstance> runs =
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list();
    Map<String, String> startedBy =
        runs.stream()
            .collect(
                Collectors.toMap(
                    HistoricProcessInstance::getId,
                    r -> r.getStartUserId() == null ? "system" : r.getStartUserId()));
    List<HistoryStep> steps = new ArrayList<>();
    if (!runs.isEmpty()) {
      List<HistoricActivityInstance> activities = new ArrayList<>();
      for (String run : startedBy.keySet()) {
        activities.addAll(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(run)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list());
      }
      // a stable order across runs: by start time, the engine's own order within a run
      activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
      for (HistoricActivityInstance a : activities) {
        if (a.getActivityType().endsWith("Gateway")
            || a.getActivityType().equals("multiInstanceBody")) {
          continue;
        }
        String by =
            a.getAssignee() != null
                ? a.getAssignee()
                : a.getActivityType().equals("startEvent")
                    ? startedBy.get(a.getProcessInstanceId())
                    : "system";
        steps.add(
            new HistoryStep(
                a.getActivityId(),
                a.getActivityName(),
                a.getActivityType(),
                a.getStartTime().toInstant(),
                a.getEndTime() == null ? null : a.getEndTime().toInstant(),
                by,
                a.isCanceled()));
      }
    }
    return steps;
  }

  /** The lifecycle model of the case's latest run, with its steps done and current. */
  @RolesAllowed({
    Roles.INTAKE,
    Roles.INVESTIGATOR,
    Roles.SUPERVISOR,
    Roles.DISCIPLINARY_AUTHORITY,
    Roles.APPEALS_BODY,
    Roles.OVERSIGHT_BOARD,
    Roles.AUDITOR
  })
  @Override
  public Optional<Diagram> diagram(String reference) {
    Viewer me = viewers.current(session);
    ReferenceNumber number;
    try {
      number = ReferenceNumber.parse(reference);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (search.findVisible(number, me).isEmpty()) {
      return Optional.empty();
    }
    Optional<HistoricProcessInstance> run =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(Lifecycle.PROCESS)
            .processInstanceBusinessKey(reference)
            .orderByProcessInstanceStartTime()
            .desc()
            .listPage(0, 1)
            .stream()
            .findFirst();
    if (run.isEmpty()) {
      return Optional.empty();
    }
    String xml;
    try (java.io.InputStream model =
        repository.getProcessModel(run.get().getProcessDefinitionId())) {
      xml = new String(model.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> completed = new ArrayList<>();
    List<String> active = new ArrayList<>();
    for (HistoricActivityInstance step :
        history.createHistoricActivityInstanceQuery().processInstanceId(run.get().getId()).list()) {
      if (step.getActivityId().contains("#")) {
        continue; // a multi-instance body: not an element of the drawing (its activity is)
      }
      if (step.getEndTime() == null) {
        active.add(step.getActivityId());
      } else if (!step.isCanceled()) {
        completed.add(step.getActivityId());
      }
    }
    return Optional.of(new Diagram(xml, completed, active));
  }

  // --- helpers ---

  private Task openTask(String taskId) {
    Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new ConflictException(TaskRefusal.GONE);
    }
    return task;
  }

  /**
   * Whether the caller may work this task: its case visible to them, and the task theirs, or
   * waiting in the queue of a role they hold (required when {@code toAct}). Returns the case's
   * reference.
   */
  private String mayWork(Task task, Viewer me, boolean toAct) {
    String reference = references(List.of(task)).get(task.getProcessInstanceId());
    if (reference == null) {
      // its lifecycle ended since the task was read: done by someone else meanwhile
      throw new ConflictException(TaskRefusal.GONE);
    }
    if (search.visibleReferences(List.of(ReferenceNumber.parse(reference)), me).isEmpty()) {
      audit.record(
          AuditEventType.CASE_READ,
          "complaint",
          reference,
          AuditOutcome.DENIED,
          "task " + task.getName());
      throw new NotAllowedException(TaskRefusal.CASE_KEPT_FROM_YOU);
    }
    boolean mine = me.username().equals(task.getAssignee());
    List<IdentityLink> links;
    try {
      links = tasks.getIdentityLinksForTask(task.getId());
    } catch (NullValueException e) {
      // read a moment ago, and done by someone else since
      throw new ConflictException(TaskRefusal.GONE);
    }
    boolean myQueue =
        links.stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
            .map(IdentityLink::getGroupId)
            .anyMatch(g -> g != null && me.hasRole(g));
    if (!mine && myQueue && task.getAssignee() != null && toAct) {
      // in the caller's queue, and held by someone else: taken meanwhile (two claims at once)
      throw new ConflictException(TaskRefusal.TAKEN_MEANWHILE);
    }
    if (!mine && !myQueue) {
      throw new NotAllowedException(TaskRefusal.NOT_YOURS);
    }
    return reference;
  }

  private Complaint visibleComplaint(String reference, Viewer me) {
    ReferenceNumber number;
    try {
      number = ReferenceNumber.parse(reference);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("reference", IntakeRefusal.NOT_A_REFERENCE, reference);
    }
    return search
        .findVisible(number, me)
        .orElseThrow(() -> new NotAllowedException(IntakeRefusal.NOT_YOURS_TO_SEE, reference));
  }

  private Optional<TaskForm> formFor(String taskKey) {
    return forms.stream().filter(f -> f.taskKey().equals(taskKey)).findFirst();
  }

  /** Engine calls under the caller's name, so the engine's own log says who did what. */
  private <T> T asCaller(Viewer me, Supplier<T> work) {
    identity.setAuthentication(me.username(), new ArrayList<>(me.roles()));
    try {
      return work.get();
    } catch (OptimisticLockingException e) {
      throw new ConflictException(TaskRefusal.CHANGED_MEANWHILE);
    } catch (TaskAlreadyClaimedException e) {
      throw new ConflictException(TaskRefusal.TAKEN_MEANWHILE);
    } catch (NullValueException e) {
      // the task was there when read, and done by someone else before this call reached it
      if (e.getMessage() != null && e.getMessage().startsWith("Cannot find task")) {
        throw new ConflictException(TaskRefusal.GONE);
      }
      throw e;
    } finally {
      identity.clearAuthentication();
    }
  }

  private Map<String, String> references(List<Task> open) {
    Set<String> ids = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> byInstance = new HashMap<>();
    if (!ids.isEmpty()) {
      for (ProcessInstance instance :
          runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
        byInstance.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return byInstance;
  }

  private Map<String, Complaint> complaintsOf(List<Task> slice, Map<String, String> references) {
    List<ReferenceNumber> numbers =
        slice.stream()
            .map(t -> references.get(t.getProcessInstanceId()))
            .distinct()
            .map(ReferenceNumber::parse)
            .toList();
    if (numbers.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select c from Complaint c where c.referenceNumber in :numbers", Complaint.class)
        .setParameter("numbers", numbers)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(c -> c.referenceNumber().toString(), c -> c));
  }

  /** Whether the task falls due within so many days (overdue ones included); null: any task. */
  private static boolean dueWithin(Task task, Integer days, Instant now) {
    return days == null
        || task.getDueDate() != null
            && task.getDueDate().toInstant().isBefore(now.plus(java.time.Duration.ofDays(days)));
  }

  private static boolean overdue(Task task, Instant now) {
    return task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
  }

  private static TaskView view(
      Task t, Map<String, String> references, Map<String, Complaint> complaints, Instant now) {
    String reference = references.get(t.getProcessInstanceId());
    Complaint complaint = complaints.get(reference);
    return new TaskView(
        t.getId(),
        t.getTaskDefinitionKey(),
        t.getName(),
        reference,
        complaint == null ? null : complaint.status().name(),
        complaint == null ? null : complaint.triagePriority(),
        t.getAssignee(),
        t.getCreateTime().toInstant(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
        overdue(t, now));
  }

  private static String describe(Map<String, Object> outcome) {
    if (outcome.isEmpty()) {
      return "";
    }
    return " "
        + outcome.entrySet().stream()
            .filter(e -> !(e.getValue() instanceof Map))
            .map(e -> e.getKey() + "=" + e.getValue())
            .sorted()
            .collect(Collectors.joining(", ", "(", ")"));
  }
}
