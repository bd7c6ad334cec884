package org.veedor.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Liveness;

/** The workflow engine's job executor acquires jobs: a restart brings it back. */
@Liveness
@ApplicationScoped
public class JobExecutorLiveness extends ProbeCheck {

  public JobExecutorLiveness() {
    super("job-executor", true);
  }
}
