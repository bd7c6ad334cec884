package org.veedor.platform.nodes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.veedor.platform.DatabaseTimes;
import org.veedor.platform.protection.PersonalDataKey;

/**
 * Sliding windows of requests per purpose and address, counted in the database so that every node
 * of the install sees the same count. The address is written only as a keyed hash, under a key
 * derived from the personal-data key (kept outside the database: a copy of the database cannot be
 * searched for an address by trying them all), and each row goes once its window has passed: at the
 * address's next request, or at the sweep every minute.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateWindows {

  /** No public window is longer than an hour; older rows are swept every minute. */
  private static final Duration LONGEST = Duration.ofHours(1);

  private static volatile byte[] key;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Counts one request of this purpose from this address; answers how long to wait when the address
   * already used its {@code limit} in the {@code window}, or zero when it may go on.
   */
  public Duration take(String purpose, String address, int limit, Duration window) {
    if (window.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(
          "a window longer than the sweep keeps its rows: " + window);
    }
    String bucket = bucket(purpose, address);
    Instant now = clock.instant();
    Instant from = now.minus(window);
    em.createNativeQuery("delete from rate_hit where bucket = ?1 and hit_at <= ?2")
        .setParameter(1, bucket)
        .setParameter(2, from)
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object> hits =
        em.createNativeQuery(
                "select hit_at from rate_hit where bucket = ?1 and hit_at > ?2 order by hit_at")
            .setParameter(1, bucket)
            .setParameter(2, from)
            .setMaxResults(limit)
            .getResultList();
    if (hits.size() >= limit) {
      return Duration.between(now, DatabaseTimes.instant(hits.get(0)).plus(window));
    }
    em.createNativeQuery("insert into rate_hit (bucket, hit_at) values (?1, ?2)")
        .setParameter(1, bucket)
        .setParameter(2, now)
        .executeUpdate();
    return Duration.ZERO;
  }

  @Schedule(hour = "*", minute = "*", persistent = false, info = "rate windows swept")
  void sweep() {
    em.createNativeQuery("delete from rate_hit where hit_at < ?1")
        .setParameter(1, clock.instant().minus(LONGEST))
        .executeUpdate();
  }

  private static byte[] key() {
    byte[] known = key;
    if (known == null) {
      known = PersonalDataKey.derived("rate-limits");
      key = known;
    }
    return known;
  }

  private String bucket(String purpose, String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((purpose + "|" + address).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
