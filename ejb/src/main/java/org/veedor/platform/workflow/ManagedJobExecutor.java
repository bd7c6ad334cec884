package org.veedor.platform.workflow;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Camunda's job executor on the server's threads: acquisition on a thread from the container's
 * thread factory, jobs on its managed executor, so timers and asynchronous steps run with the
 * server's naming, security and transaction context rather than on threads the server does not
 * know.
 */
class ManagedJobExecutor extends JobExecutor {

  private final ManagedExecutorService executor;
  private final ManagedThreadFactory threads;

  ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threads) {
    this.executor = executor;
    this.threads = threads;
  }

  @Override
  protected void startExecutingJobs() {
    startJobAcquisitionThread();
  }

  @Override
  protected void stopExecutingJobs() {
    stopJobAcquisitionThread();
  }

  @Override
  protected void startJobAcquisitionThread() {
    if (jobAcquisitionThread == null) {
      jobAcquisitionThread = threads.newThread(acquireJobsRunnable);
      jobAcquisitionThread.setName("veedor-job-acquisition");
      jobAcquisitionThread.start();
    }
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    try {
      executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
    } catch (RejectedExecutionException e) {
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
