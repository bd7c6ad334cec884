package org.veedor.platform.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

/**
 * Starts the workflow engine inside the application, on Veedor's datasource and the server's
 * transaction manager (the engine joins the caller's transaction, so a complaint and its process
 * commit together), with full history from the first day (the level cannot change later), and
 * deploys the models of the workflows jar. A model deploys again only when it changed, so editing a
 * decision table and redeploying gives it a new version without touching Java.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

  /** The models the application runs, from the workflows jar. */
  public static final List<String> MODELS =
      List.of(
          "bpmn/complaint-lifecycle.bpmn",
          "bpmn/complaint-investigation.bpmn",
          "dmn/triage.dmn",
          "dmn/discipline-matrix.dmn");

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  @Resource(lookup = "java:jboss/datasources/VeedorDS")
  DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Resource ManagedExecutorService executor;
  @Resource ManagedThreadFactory threads;
  @Inject BeanManager beanManager;

  private ProcessEngine engine;

  @PostConstruct
  void start() {
    long started = System.nanoTime();
    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration();
    configuration.setProcessEngineName("veedor");
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setExpressionManager(new CdiExpressionManager(beanManager));
    configuration.setJobExecutor(new ManagedJobExecutor(executor, threads));
    configuration.setJobExecutorActivate(true);
    configuration.setMetricsEnabled(false);
    engine = configuration.buildProcessEngine();
    DeploymentWithDefinitions deployment = deploy();
    LOG.info(
        () ->
            String.format(
                "workflow engine started in %d ms; models %s (%d definitions deployed now)",
                (System.nanoTime() - started) / 1_000_000,
                MODELS,
                deployment.getDeployedProcessDefinitions() == null
                    ? 0
                    : deployment.getDeployedProcessDefinitions().size()));
  }

  private DeploymentWithDefinitions deploy() {
    DeploymentBuilder builder =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("veedor-workflows")
            .source("veedor-workflows.jar")
            .enableDuplicateFiltering(true);
    for (String model : MODELS) {
      InputStream in = ProcessEngineBootstrap.class.getClassLoader().getResourceAsStream(model);
      if (in == null) {
        throw new IllegalStateException("the workflows jar does not hold " + model);
      }
      try (in) {
        builder.addInputStream(model, new java.io.ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builder.deployWithResult();
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  public ProcessEngine engine() {
    return engine;
  }
}
