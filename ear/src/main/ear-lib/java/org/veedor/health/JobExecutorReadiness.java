package org.veedor.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The workflow engine's job executor acquires jobs. */
@Readiness
@ApplicationScoped
public class JobExecutorReadiness extends ProbeCheck {

  public JobExecutorReadiness() {
    super("job-executor", false);
  }
}
