package org.veedor.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  private final RateLimits limits = new RateLimits();

  @Test
  void shouldLetAnAddressUseItsLimitThenMakeItWait() {
    Duration hour = Duration.ofHours(1);

    assertThat(limits.take("file", "192.0.2.1", 2, hour)).isZero();
    assertThat(limits.take("file", "192.0.2.1", 2, hour)).isZero();
    Duration wait = limits.take("file", "192.0.2.1", 2, hour);

    assertThat(wait).isPositive().isLessThanOrEqualTo(hour);
  }

  @Test
  void shouldCountEachAddressAndPurposeApart() {
    Duration hour = Duration.ofHours(1);
    limits.take("file", "192.0.2.1", 1, hour);

    assertThat(limits.take("file", "192.0.2.2", 1, hour)).isZero();
    assertThat(limits.take("follow", "192.0.2.1", 1, hour)).isZero();
    assertThat(limits.take("file", "192.0.2.1", 1, hour)).isPositive();
  }
}
