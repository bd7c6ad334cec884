package org.veedor.casework.workflow;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.veedor.casework.application.CaseEvent;
import org.veedor.intake.domain.CaseStages;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/**
 * Places an open complaint written without a lifecycle (imported from a source system, or written
 * in bulk) at the stage its status says, with the engine's own steps (the stage's listeners set the
 * status and leave their audit events):
 *
 * <ul>
 *   <li>received: the run starts from the beginning (completeness check);
 *   <li>registered or in triage: from the triage facts, so the triage table proposes and a
 *       supervisor confirms;
 *   <li>in mediation: at the mediation task;
 *   <li>in investigation or suspended: at the investigation; with an assigned investigator, at the
 *       investigation task with its deadline timers, otherwise waiting for a supervisor to assign;
 *   <li>in findings review: at the supervisor's review of the proposed findings when an
 *       investigator is assigned, otherwise waiting for assignment;
 *   <li>in sanction: at the sanction facts, so the discipline matrix recommends;
 *   <li>in appeal: the demo authority decides the matrix's least sanction, then an appeal is filed.
 * </ul>
 */
@Stateless
@PermitAll
public class EngineCaseStages implements CaseStages {

  /** Who starts the placed runs, as the engine records it. */
  static final String STARTER = "system";

  /** The sanction decision's task in the model, decided at the least sanction for an appeal. */
  private static final String DECIDE_SANCTION = "DecideSanctionTask";

  @PersistenceContext EntityManager em;
  @Inject RuntimeService runtime;
  @Inject TaskService tasks;
  @Inject IdentityService identity;
  @Inject HistoryService history;
  @Inject @Any Instance<TaskForm> forms;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> openWithoutLifecycle(String sourceSystem, long afterId, int limit) {
    List<Long> found = new ArrayList<>();
    long after = afterId;
    while (found.isEmpty()) {
      List<Object[]> open = openAfter(sourceSystem, after, limit);
      if (open.isEmpty()) {
        break;
      }
      // the engine says which of them ever had a run; its tables are its own
      Set<String> withRun = new HashSet<>();
      String[] references = open.stream().map(row -> (String) row[1]).toArray(String[]::new);
      for (HistoricProcessInstance run :
          history
              .createHistoricProcessInstanceQuery()
              .processDefinitionKey(Lifecycle.PROCESS)
              .processInstanceBusinessKeyIn(references)
              .list()) {
        withRun.add(run.getBusinessKey());
      }
      for (Object[] row : open) {
        if (!withRun.contains((String) row[1])) {
          found.add(((Number) row[0]).longValue());
        }
      }
      after = ((Number) open.get(open.size() - 1)[0]).longValue();
    }
    return found;
  }

  private List<Object[]> openAfter(String sourceSystem, long afterId, int limit) {
    jakarta.persistence.Query query =
        em.createNativeQuery(
                "select c.id, c.reference_number from complaint c"
                    + " where c.status <> 'CLOSED' and c.id > ?1"
                    + (sourceSystem == null
                        ? " and c.source_system is null"
                        : " and c.source_system = ?2")
                    + " order by c.id")
            .setParameter(1, afterId)
            .setMaxResults(limit);
    if (sourceSystem != null) {
      query.setParameter(2, sourceSystem);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ComplaintStatus placeAtStage(long complaintId) {
    Complaint complaint = em.find(Complaint.class, complaintId);
    String reference = complaint.referenceNumber().toString();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Lifecycle.COMPLAINT_ID, complaintId);
    identity.setAuthenticatedUserId(STARTER);
    try {
      switch (complaint.status()) {
        case RECEIVED -> runtime.startProcessInstanceByKey(Lifecycle.PROCESS, reference, variables);
        case REGISTERED, TRIAGE -> startBefore(reference, variables, "GatherTriageFactsTask");
        case MEDIATION -> {
          triaged(complaint, variables, IntakeForms.Track.MEDIATION);
          startBefore(reference, variables, "MediateTask");
        }
        case INVESTIGATION, SUSPENDED, FINDINGS_REVIEW -> investigate(complaint, variables);
        case SANCTION -> startBefore(reference, variables, "GatherSanctionFactsTask");
        case APPEAL -> appeal(complaint, variables);
        case CLOSED -> {
          // nothing runs for a closed complaint
        }
      }
    } finally {
      identity.clearAuthentication();
    }
    em.flush();
    em.refresh(complaint);
    return complaint.status();
  }

  private ProcessInstance startBefore(
      String reference, Map<String, Object> variables, String activityId) {
    return runtime
        .createProcessInstanceByKey(Lifecycle.PROCESS)
        .businessKey(reference)
        .setVariables(variables)
        .startBeforeActivity(activityId)
        .execute();
  }

  private void triaged(
      Complaint complaint, Map<String, Object> variables, IntakeForms.Track defaultTrack) {
    String track = complaint.triageTrack() == null ? defaultTrack.name() : complaint.triageTrack();
    String priority =
        complaint.triagePriority() == null
            ? (complaint.hasOrganizedCrimeLink()
                ? IntakeForms.Priority.HIGH.name()
                : IntakeForms.Priority.MEDIUM.name())
            : complaint.triagePriority();
    if (complaint.triageTrack() == null) {
      complaint.triage(track, priority, null);
    }
    variables.put(Lifecycle.TRACK, track);
    variables.put(Lifecycle.PRIORITY, priority);
    int days = priority.equals("HIGH") ? 60 : 90;
    if (complaint.deadlineDays() == null) {
      complaint.setInvestigationDeadline(days);
    }
    variables.put(Lifecycle.DEADLINE_DAYS, days);
  }

  private void investigate(Complaint complaint, Map<String, Object> variables) {
    boolean review = complaint.status() == ComplaintStatus.FINDINGS_REVIEW;
    triaged(
        complaint,
        variables,
        complaint.hasOrganizedCrimeLink()
            ? IntakeForms.Track.SPECIAL_CORRUPTION_UNIT
            : IntakeForms.Track.FULL_INVESTIGATION);
    ProcessInstance run =
        startBefore(complaint.referenceNumber().toString(), variables, "InvestigationCallActivity");
    if (complaint.assignedInvestigator() == null || complaint.assignedSupervisor() == null) {
      return; // waits for a supervisor to assign an investigator
    }
    ProcessInstance investigation =
        runtime.createProcessInstanceQuery().superProcessInstanceId(run.getId()).singleResult();
    runtime.setVariables(
        investigation.getId(),
        Map.of(
            Lifecycle.INVESTIGATOR, complaint.assignedInvestigator(),
            Lifecycle.SUPERVISOR, complaint.assignedSupervisor()));
    runtime
        .createProcessInstanceModification(investigation.getId())
        .startBeforeActivity(review ? "ReviewFindingsTask" : "SetDeadlinesTask")
        .cancelAllForActivity("AssignInvestigatorTask")
        .execute();
  }

  private void appeal(Complaint complaint, Map<String, Object> variables) {
    String reference = complaint.referenceNumber().toString();
    ProcessInstance run = startBefore(reference, variables, "GatherSanctionFactsTask");
    // one officer's sanction decided and appealed; any other officer's waits for its decision
    Task decide =
        tasks
            .createTaskQuery()
            .processInstanceId(run.getId())
            .taskDefinitionKey(DECIDE_SANCTION)
            .orderByTaskId()
            .asc()
            .list()
            .get(0);
    TaskForm decideSanction =
        forms.stream()
            .filter(form -> form.taskKey().equals(DECIDE_SANCTION))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no form for " + DECIDE_SANCTION));
    Map<String, Object> current = tasks.getVariables(decide.getId());
    @SuppressWarnings("unchecked")
    Map<String, Object> range = (Map<String, Object>) current.get(Lifecycle.RECOMMENDATION);
    String least = (String) range.get("minimumSanction");
    Map<String, Object> form = new HashMap<>();
    form.put("sanction", least);
    form.put("referToProsecutor", Boolean.TRUE.equals(range.get("referral")));
    if (least.equals("SUSPENSION_DAYS")) {
      form.put("suspensionDays", 5);
    }
    Map<String, Object> decided =
        decideSanction.complete(
            new TaskForm.TaskContext(
                decide.getId(),
                decide.getTaskDefinitionKey(),
                complaint.id(),
                reference,
                "authority",
                current),
            new Payload(form));
    tasks.setAssignee(decide.getId(), "authority");
    tasks.complete(decide.getId(), decided);
    String waiting =
        runtime
            .createExecutionQuery()
            .processInstanceId(run.getId())
            .messageEventSubscriptionName(CaseEvent.APPEAL_FILED.message())
            .list()
            .get(0)
            .getId();
    runtime.messageEventReceived(CaseEvent.APPEAL_FILED.message(), waiting);
  }
}
