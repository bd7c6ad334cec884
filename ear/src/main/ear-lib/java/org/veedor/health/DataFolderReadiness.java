package org.veedor.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The data folder and the folders Veedor writes into take a new file. */
@Readiness
@ApplicationScoped
public class DataFolderReadiness extends ProbeCheck {

  public DataFolderReadiness() {
    super("data-folder", false);
  }
}
