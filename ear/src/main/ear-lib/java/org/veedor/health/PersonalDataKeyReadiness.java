package org.veedor.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The key for complainants' personal data is loaded. */
@Readiness
@ApplicationScoped
public class PersonalDataKeyReadiness extends ProbeCheck {

  public PersonalDataKeyReadiness() {
    super("personal-data-key", false);
  }
}
