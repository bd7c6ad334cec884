package org.veedor.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Officers for tests: badge numbers no other test (or the demo world) uses. */
public final class Officers {

  private Officers() {}

  public static String uniqueBadge() {
    return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  /** A badge of digits only, as spreadsheets turn into decimals ("5137.0"). */
  public static String uniqueNumericBadge() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
  }

  public static String csv(String... lines) {
    return "badge_number,given_names,family_names,rank,status,unit_code,assigned_from\n"
        + String.join("\n", lines)
        + "\n";
  }
}
