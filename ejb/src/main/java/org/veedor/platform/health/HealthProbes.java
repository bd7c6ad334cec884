package org.veedor.platform.health;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Veedor's probes, asked by name. The server's MicroProfile Health finds health checks only in an
 * EAR's {@code lib/} (not in its EJB or web modules, WFLY-12835), and classes there cannot see this
 * module's: {@link ProbeRegistration} publishes this bean as the MBean {@value
 * ProbeRegistration#NAME}, whose one operation takes and answers plain strings, and the checks in
 * {@code lib/veedor-health.jar} (built by the EAR module) call it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthProbes {

  @Inject @Any Instance<Probe> probes;

  /**
   * {@code UP}, {@code DOWN: <what is wrong>}, or null when no probe has the name; {@code
   * live:<name>} asks for a probe that is a liveness check too.
   */
  public String probe(String name) {
    boolean live = name.startsWith("live:");
    String wanted = live ? name.substring("live:".length()) : name;
    for (Probe probe : probes) {
      if (probe.name().equals(wanted) && (!live || probe.liveness())) {
        return probe.trouble().map(t -> "DOWN: " + t).orElse("UP");
      }
    }
    return null;
  }
}
