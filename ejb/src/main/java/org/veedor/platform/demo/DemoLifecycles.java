package org.veedor.platform.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.veedor.discipline.workflow.DisciplineSteps;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.intake.workflow.IntakeForms;
import org.veedor.intake.workflow.Lifecycle;
import org.veedor.platform.workflow.Payload;
import org.veedor.platform.workflow.TaskForm;

/**
 * Gives each open complaint of the demonstration world the lifecycle its status says, so that the
 * demo's inboxes hold real work and status and process agree as they do for every registered
 * complaint. The world is written in bulk by SQL; this places each open case's run at its stage
 * with the engine's own steps (the stage's listeners set the status and leave their audit events):
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
public class DemoLifecycles {

  static final String STARTER = "demo";

  @PersistenceContext EntityManager em;
  @Inject RuntimeService runtime;
  @Inject TaskService tasks;
  @Inject IdentityService identity;
  @Inject DisciplineSteps.DecideSanction decideSanction;

  /**
   * Open complaints after an id that have never had a lifecycle, in id order: demonstration
   * complaints when {@code source} is null, else those imported from that source system.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> withoutLifecycle(String source, long afterId, int limit) {
    jakarta.persistence.Query query =
        em.createNativeQuery(
                "select c.id from complaint c where c.status <> 'CLOSED' and c.id > ?1"
                    + (source == null
                        ? " and c.source_system is null"
                        : " and c.source_system = ?3")
                    + " and not exists (select 1 from act_hi_procinst p"
                    + " where p.business_key_ = c.reference_number and p.proc_def_key_ = ?2)"
                    + " order by c.id")
            .setParameter(1, afterId)
            .setParameter(2, Lifecycle.PROCESS)
            .setMaxResults(limit);
    if (source != null) {
      query.setParameter(3, source);
    }
    @SuppressWarnings("unchecked")
    List<Number> ids = query.getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Starts the complaint's lifecycle at its stage, in a transaction of its own.
   *
   * @return the status the lifecycle left it in
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ComplaintStatus attach(long complaintId) {
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
    Task decide =
        tasks
            .createTaskQuery()
            .processInstanceId(run.getId())
            .taskDefinitionKey(decideSanction.taskKey())
            .singleResult();
    Map<String, Object> current = runtime.getVariables(run.getId());
    @SuppressWarnings("unchecked")
    String least =
        (String)
            ((Map<String, Object>) current.get(Lifecycle.RECOMMENDATION)).get("minimumSanction");
    Map<String, Object> form = new HashMap<>();
    form.put("sanction", least);
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
    runtime
        .createMessageCorrelation(Lifecycle.CaseEvent.APPEAL_FILED.message())
        .processInstanceBusinessKey(reference)
        .correlate();
  }
}
