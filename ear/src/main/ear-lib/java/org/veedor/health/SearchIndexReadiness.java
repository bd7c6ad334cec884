package org.veedor.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The search index can be read. */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness extends ProbeCheck {

  public SearchIndexReadiness() {
    super("search-index", false);
  }
}
