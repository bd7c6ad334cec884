package org.veedor.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.veedor.platform.metrics.Meters;
import org.veedor.platform.nodes.RateWindows;

/**
 * Per-address limits for the public endpoints (filing, following): a sliding window per address and
 * purpose, counted for the whole install (every node sees the same count) by {@link RateWindows},
 * which writes an address only as a keyed hash and forgets it when its window has passed. No record
 * of a complaint keeps who sent it.
 */
@ApplicationScoped
public class RateLimits {

  @Inject RateWindows windows;
  @Inject Meters meters;

  /**
   * Counts one request of this purpose from this address; answers how long to wait when the address
   * already used its {@code limit} in the {@code window}, or zero when it may go on.
   */
  public Duration take(String purpose, String address, int limit, Duration window) {
    Duration wait = windows.take(purpose, address, limit, window);
    if (!wait.isZero()) {
      meters.rateLimited(purpose);
    }
    return wait;
  }
}
