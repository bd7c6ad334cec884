/**
 * Veedor's checks for the server's MicroProfile Health, in the EAR's {@code lib/} (the only place
 * of an EAR where WildFly finds health checks, WFLY-12835). Each asks the EJB module's probes by
 * name, through the MBean {@code org.veedor:type=HealthProbes}, since classes here cannot see that
 * module's.
 */
package org.veedor.health;
