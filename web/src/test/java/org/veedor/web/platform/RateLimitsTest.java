package org.veedor.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.veedor.platform.metrics.Meters;

class RateLimitsTest {

  private final RateLimits limits = new RateLimits();

  {
    limits.meters = Meters.inMemory();
  }

  @Test
  void shouldLetAnAddressUseItsLimitThenMakeItWait() {
    Duration hour = Duration.ofHours(1);

    assertThat(limits.take("file", "192.0.2.1", 2, hour)).isZero();
    assertThat(limits.take("file", "192.0.2.1", 2, hour)).isZero();
    Duration wait = limits.take("file", "192.0.2.1", 2, hour);

    assertThat(wait).isPositive().isLessThanOrEqualTo(hour);
    assertThat(
            limits
                .meters
                .registry()
                .counter("veedor.public.rate.limited", "purpose", "file")
                .count())
        .as("the refusal counted for operators")
        .isEqualTo(1.0);
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
