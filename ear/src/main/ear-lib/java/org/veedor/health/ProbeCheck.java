package org.veedor.health;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** A health check that asks Veedor's {@code HealthProbes} for one probe, by name. */
abstract class ProbeCheck implements HealthCheck {

  /** The MBean of the EJB module's {@code ProbeRegistration}. */
  static final String PROBES = "org.veedor:type=HealthProbes";

  private final String name;
  private final boolean liveness;

  ProbeCheck(String name, boolean liveness) {
    this.name = name;
    this.liveness = liveness;
  }

  @Override
  public HealthCheckResponse call() {
    String answer;
    try {
      answer =
          (String)
              ManagementFactory.getPlatformMBeanServer()
                  .invoke(
                      new ObjectName(PROBES),
                      "probe",
                      new Object[] {liveness ? "live:" + name : name},
                      new String[] {String.class.getName()});
    } catch (JMException | RuntimeException e) {
      answer = "DOWN: Veedor's probes are not reachable (" + e.getMessage() + ")";
    }
    if ("UP".equals(answer)) {
      return HealthCheckResponse.up(name);
    }
    return HealthCheckResponse.named(name)
        .down()
        .withData("reason", answer == null ? "no such probe" : answer.replaceFirst("^DOWN: ", ""))
        .build();
  }
}
