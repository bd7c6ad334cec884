package org.veedor.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChangeDetectionTest {

  @Test
  void shouldGiveThePoissonUpperTail() {
    // P(X >= 2) for λ = 1: 1 - e^-1 (1 + 1) = 0.26424...
    assertThat(ChangeDetection.upperTail(1.0, 2)).isCloseTo(0.264241, within(1e-6));
    // P(X >= 10) for λ = 3: 0.0011025...
    assertThat(ChangeDetection.upperTail(3.0, 10)).isCloseTo(0.0011025, within(1e-6));
    assertThat(ChangeDetection.upperTail(3.0, 0)).isEqualTo(1.0);
  }

  @Test
  void shouldFlagAMonthFarAboveItsHistory() {
    long[] history = {3, 2, 4, 3, 3, 2, 4, 3, 3, 2, 4, 3};
    ChangeDetection.Result result = ChangeDetection.test(history, 12);
    assertThat(result.expected()).isEqualTo(3.0);
    assertThat(result.pValue()).isLessThan(ChangeDetection.ALPHA);
    assertThat(result.flagged()).isTrue();
  }

  @Test
  void shouldNotFlagOrdinaryMonthsOrTinyCounts() {
    long[] history = {3, 2, 4, 3, 3, 2, 4, 3, 3, 2, 4, 3};
    assertThat(ChangeDetection.test(history, 5).flagged()).isFalse();
    long[] quiet = new long[12];
    ChangeDetection.Result two = ChangeDetection.test(quiet, 2);
    assertThat(two.pValue()).isZero();
    assertThat(two.flagged()).as("two complaints in a quiet unit").isFalse();
    assertThat(ChangeDetection.test(quiet, 3).flagged()).isTrue();
  }
}
