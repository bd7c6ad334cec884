package org.veedor.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in the zone of the deployment ({@code veedor.zone} or {@code
 * VEEDOR_ZONE}, else the server's), so tests and reports agree on what "today" is.
 */
@ApplicationScoped
public class VeedorClock {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(zone());
  }

  static ZoneId zone() {
    String configured = Config.get("veedor.zone", "VEEDOR_ZONE", null);
    return configured == null ? ZoneId.systemDefault() : ZoneId.of(configured);
  }
}
