package org.veedor.platform.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Publishes {@link HealthProbes} as the MBean {@value #NAME} while the application runs, for the
 * health checks in the EAR's {@code lib/}; gone when it stops, so a stopped application reads as
 * DOWN.
 */
@Singleton
@Startup
public class ProbeRegistration {

  public static final String NAME = "org.veedor:type=HealthProbes";

  private static final Logger LOG = Logger.getLogger(ProbeRegistration.class.getName());

  @Inject HealthProbes probes;

  @PostConstruct
  void register() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      ProbeReader reader = probes::probe;
      server.registerMBean(new StandardMBean(reader, ProbeReader.class), name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "Veedor's health probes are not published", e);
    }
  }

  @PreDestroy
  void unregister() {
    try {
      ObjectName name = new ObjectName(NAME);
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
    } catch (JMException e) {
      LOG.log(Level.FINE, "Veedor's health probes were not withdrawn", e);
    }
  }
}
