package org.veedor.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness extends ProbeCheck {

  public DatabaseReadiness() {
    super("database", false);
  }
}
