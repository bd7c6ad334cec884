package org.veedor.platform.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.veedor.platform.health.Probe;

/**
 * The workflow engine's job executor acquires jobs: without it no deadline, reminder or appeal
 * window fires, and a restart is what brings it back (a liveness check too).
 */
@ApplicationScoped
public class JobExecutorProbe implements Probe {

  @Inject ProcessEngineBootstrap engines;

  @Override
  public String name() {
    return "job-executor";
  }

  @Override
  public boolean liveness() {
    return true;
  }

  @Override
  public Optional<String> trouble() {
    try {
      JobExecutor executor =
          ((ProcessEngineConfigurationImpl) engines.engine().getProcessEngineConfiguration())
              .getJobExecutor();
      return executor != null && executor.isActive()
          ? Optional.empty()
          : Optional.of("the job executor is not acquiring jobs");
    } catch (RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }
}
