package org.veedor.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceNumberTest {

  @Test
  void shouldWriteAndReadTheSameReference() {
    ReferenceNumber reference = new ReferenceNumber(2026, 123);

    assertThat(reference).hasToString("VE-2026-000123");
    assertThat(ReferenceNumber.parse("ve-2026-000123")).isEqualTo(reference);
    assertThat(ReferenceNumber.isWellFormed("VE-2026-12")).isFalse();
    assertThatThrownBy(() -> ReferenceNumber.parse("VE-2026-000000"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldHandOutConsecutiveSerialsWhenTheSequenceAdvances() {
    ReferenceSequence sequence = new ReferenceSequence(2026);

    assertThat(sequence.next()).isEqualTo(new ReferenceNumber(2026, 1));
    assertThat(sequence.next()).isEqualTo(new ReferenceNumber(2026, 2));
    assertThat(sequence.lastSerial()).isEqualTo(2);
  }

  @Test
  void shouldOrderReferencesByYearThenSerial() {
    assertThat(new ReferenceNumber(2025, 999_999)).isLessThan(new ReferenceNumber(2026, 1));
  }
}
