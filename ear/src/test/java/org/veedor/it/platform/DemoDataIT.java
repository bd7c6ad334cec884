package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.demo.DemoDataLoader;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.identity.AsAdmin;

/**
 * In the container: the demo world was loaded on the first start, and is never loaded twice; its
 * open complaints run their lifecycles at the stage their status says.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.platform");
  }

  @Inject DemoDataLoader loader;
  @Inject AsAdmin admin;
  @Inject TaskService tasks;
  @Inject RuntimeService runtime;

  @PersistenceContext EntityManager em;

  private long count(String entity) {
    return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
  }

  @Test
  void shouldRefuseToLoadTheDemoWorldForAnyoneButAnAdministrator() {
    assertThatThrownBy(() -> loader.loadIfEmpty(10)).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void shouldHaveLoadedTheDemoWorldOnTheFirstStart() {
    // the demonstration force's tree (an import may have brought another force's units)
    assertThat(
            em.createQuery("select count(u) from Unit u where u.treePath like '/PN/%'", Long.class)
                .getSingleResult())
        .isBetween(35L, 60L);
    assertThat(count("Officer")).isGreaterThanOrEqualTo(400);
    assertThat(count("Complaint")).isGreaterThanOrEqualTo(2000);
    assertThat(
            em.createQuery(
                    "select count(distinct a.complaint) from Allegation a"
                        + " where a.category.group = org.veedor.intake.domain.CategoryGroup.CORRUPTION",
                    Long.class)
                .getSingleResult())
        .isPositive();
  }

  @Test
  void shouldLoadNothingWhenTheDatabaseAlreadyHoldsData() throws Exception {
    long complaints = count("Complaint");
    long officers = count("Officer");

    boolean loaded = admin.call(() -> loader.loadIfEmpty(2000));

    assertThat(loaded).isFalse();
    assertThat(count("Complaint")).isEqualTo(complaints);
    assertThat(count("Officer")).isEqualTo(officers);
  }

  /** Open complaints that have never had a lifecycle run. */
  private long openWithoutLifecycle() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from complaint c where c.status <> 'CLOSED'"
                        + " and not exists (select 1 from act_hi_procinst p"
                        + " where p.business_key_ = c.reference_number)")
                .getSingleResult())
        .longValue();
  }

  @Test
  void shouldGiveEveryOpenDemoComplaintTheLifecycleItsStatusSays() throws Exception {
    // the runs are placed in the background after the start; wait for that to finish
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
    while (openWithoutLifecycle() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(openWithoutLifecycle()).as("open complaints without a lifecycle").isZero();

    List<Object[]> open =
        em.createQuery(
                "select c.referenceNumber, c.status, c.assignedInvestigator from Complaint c"
                    + " where c.status <> org.veedor.intake.domain.ComplaintStatus.CLOSED",
                Object[].class)
            .getResultList();
    Map<String, Integer> seen = new TreeMap<>();
    List<String> disagreements = new ArrayList<>();
    for (Object[] row : open) {
      String reference = row[0].toString();
      String status = row[1].toString();
      Set<String> waiting = new TreeSet<>();
      runtime
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(reference)
          .list()
          .forEach(run -> waiting.addAll(runtime.getActiveActivityIds(run.getId())));
      Set<String> expected =
          switch (status) {
            case "RECEIVED" -> Set.of("CompleteSubmissionTask");
            case "TRIAGE" -> Set.of("ConfirmTriageTask");
            case "MEDIATION" -> Set.of("MediateTask");
            case "INVESTIGATION" ->
                Set.of(
                    "InvestigationCallActivity",
                    "AssignInvestigatorTask",
                    "InvestigateTask",
                    "HandleOverdueInvestigationTask");
            case "FINDINGS_REVIEW" -> Set.of("InvestigationCallActivity", "ReviewFindingsTask");
            case "SANCTION" ->
                Set.of(
                    "DecideSanctionTask",
                    "AppealWindowGateway",
                    "AppealFiledEvent",
                    "AppealWindowClosedEvent");
            case "APPEAL" -> Set.of("DecideAppealTask");
            default -> waiting; // suspended: waits for the criminal case, wherever it stands
          };
      if (waiting.isEmpty() || !expected.containsAll(waiting)) {
        disagreements.add(reference + " " + status + " waits in " + waiting);
      }
      seen.merge(status, 1, Integer::sum);
    }
    System.out.println("open complaints by status, each with its lifecycle: " + seen);
    assertThat(disagreements).as("status and lifecycle disagree").isEmpty();
    assertThat(seen)
        .containsKeys("TRIAGE", "INVESTIGATION", "FINDINGS_REVIEW", "SANCTION", "APPEAL");
    assertThat(
            tasks
                .createTaskQuery()
                .taskDefinitionKey("InvestigateTask")
                .taskAssignee("investigator")
                .count())
        .as("the demo investigator has investigations to work")
        .isPositive();
  }
}
