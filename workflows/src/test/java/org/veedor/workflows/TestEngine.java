package org.veedor.workflows;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One in-memory engine for all process tests: history FULL as in production, no job executor (the
 * tests run timers themselves with a controlled clock), delegates resolved from {@code Mocks}, and
 * the flow-coverage listener on every process.
 */
public final class TestEngine {

  public static final FlowCoverage COVERAGE = new FlowCoverage();
  private static ProcessEngine engine;

  private TestEngine() {}

  public static synchronized ProcessEngine get() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration =
          new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("veedor-workflows-test");
      configuration.setJdbcUrl("jdbc:h2:mem:veedor-workflows;DB_CLOSE_DELAY=-1");
      configuration.setDatabaseSchemaUpdate(
          ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      configuration.setExpressionManager(new MockExpressionManager());
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(COVERAGE)));
      engine = configuration.buildProcessEngine();
    }
    return engine;
  }
}
