package org.veedor.platform.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** The engine's services for injection (Camunda's CDI module is not published for Jakarta EE). */
@ApplicationScoped
public class WorkflowServices {

  @Inject ProcessEngineBootstrap bootstrap;

  @Produces
  RuntimeService runtimeService() {
    return bootstrap.engine().getRuntimeService();
  }

  @Produces
  TaskService taskService() {
    return bootstrap.engine().getTaskService();
  }

  @Produces
  HistoryService historyService() {
    return bootstrap.engine().getHistoryService();
  }

  @Produces
  RepositoryService repositoryService() {
    return bootstrap.engine().getRepositoryService();
  }

  @Produces
  ManagementService managementService() {
    return bootstrap.engine().getManagementService();
  }

  @Produces
  IdentityService identityService() {
    return bootstrap.engine().getIdentityService();
  }

  @Produces
  DecisionService decisionService() {
    return bootstrap.engine().getDecisionService();
  }
}
