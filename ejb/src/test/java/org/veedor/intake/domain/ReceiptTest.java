package org.veedor.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceiptTest {

  private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
  private final Receipt receipt = new Receipt(7L, "k7qm-3xtp-w9cd-ab4r".toCharArray(), now);

  @Test
  void shouldOpenWithItsPassphraseOnly() {
    assertThat(receipt.open("k7qm-3xtp-w9cd-ab4r".toCharArray(), now))
        .isEqualTo(Receipt.Check.OPENED);
    assertThat(receipt.open("k7qm-3xtp-w9cd-ab4s".toCharArray(), now))
        .isEqualTo(Receipt.Check.WRONG);
  }

  @Test
  void shouldLockAfterFiveWrongPassphrasesInARowUntilTheLockRunsOut() {
    for (int i = 0; i < Receipt.MAX_FAILURES; i++) {
      assertThat(receipt.open("wrong".toCharArray(), now)).isEqualTo(Receipt.Check.WRONG);
    }

    assertThat(receipt.open("k7qm-3xtp-w9cd-ab4r".toCharArray(), now.plusSeconds(60)))
        .isEqualTo(Receipt.Check.LOCKED);
    assertThat(
            receipt.open(
                "k7qm-3xtp-w9cd-ab4r".toCharArray(), now.plus(Receipt.LOCK).plusSeconds(1)))
        .isEqualTo(Receipt.Check.OPENED);
  }

  @Test
  void shouldForgiveFailuresOnceTheRightPassphraseCame() {
    for (int i = 0; i < Receipt.MAX_FAILURES - 1; i++) {
      receipt.open("wrong".toCharArray(), now);
    }
    receipt.open("k7qm-3xtp-w9cd-ab4r".toCharArray(), now);

    assertThat(receipt.open("wrong".toCharArray(), now)).isEqualTo(Receipt.Check.WRONG);
    assertThat(receipt.open("k7qm-3xtp-w9cd-ab4r".toCharArray(), now))
        .isEqualTo(Receipt.Check.OPENED);
  }
}
