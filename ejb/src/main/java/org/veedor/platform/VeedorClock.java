package org.veedor.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.veedor.platform.settings.PlatformSettings;

/**
 * The one clock of the application, in the zone of the deployment ({@link PlatformSettings#zone()},
 * else the server's), so tests and reports agree on what "today" is.
 */
@ApplicationScoped
public class VeedorClock {

  @Inject PlatformSettings settings;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(settings.zone());
  }
}
