package org.veedor.platform.health;

/** The MBean interface of Veedor's probes: plain strings in and out (see {@link HealthProbes}). */
public interface ProbeReader {

  /** {@code UP}, {@code DOWN: <what is wrong>}, or null for a name no probe has. */
  String probe(String name);
}
