package org.veedor.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.veedor.platform.metrics.Meters;

/**
 * Per-address limits for the public endpoints (filing, following). Addresses live here, in memory,
 * for the length of a window and never anywhere else: no record of a complaint keeps who sent it. A
 * sliding window per address and purpose.
 */
@ApplicationScoped
public class RateLimits {

  private static final int MOST_KEYS = 50_000;

  private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  @Inject Meters meters;

  /**
   * Counts one request of this purpose from this address; answers how long to wait when the address
   * already used its {@code limit} in the {@code window}, or zero when it may go on.
   */
  public Duration take(String purpose, String address, int limit, Duration window) {
    Instant now = clock.instant();
    if (windows.size() > MOST_KEYS) {
      windows.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(now.minus(window)));
    }
    Deque<Instant> times =
        windows.computeIfAbsent(purpose + "|" + address, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        meters.rateLimited(purpose);
        return Duration.between(now, times.peekFirst().plus(window));
      }
      times.addLast(now);
      return Duration.ZERO;
    }
  }
}
