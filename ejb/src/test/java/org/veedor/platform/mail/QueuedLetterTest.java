package org.veedor.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueuedLetterTest {

  private static final Instant QUEUED = Instant.parse("2026-12-02T15:00:00Z");

  @Test
  void shouldTryAgainAtGrowingIntervalsAndGiveUpAfterTheLastTry() {
    QueuedLetter letter =
        new QueuedLetter(new Letter("a@correo.example", "Asunto", "Cuerpo", "test"), QUEUED);
    assertThat(letter.dueAt(QUEUED)).isTrue();

    Instant at = QUEUED;
    for (int attempt = 1; attempt < QueuedLetter.MOST_ATTEMPTS; attempt++) {
      letter.failed("connection refused", at);
      Duration wait = Duration.ofMinutes(1L << (attempt - 1));
      assertThat(letter.dueAt(at.plus(wait).minusSeconds(1))).as("try %d", attempt).isFalse();
      assertThat(letter.dueAt(at.plus(wait))).as("try %d", attempt).isTrue();
      at = at.plus(wait);
    }
    letter.failed("connection refused", at);

    assertThat(letter.givenUp()).isTrue();
    assertThat(letter.dueAt(at.plus(Duration.ofDays(365)))).isFalse();
    assertThat(letter.attempts()).isEqualTo(QueuedLetter.MOST_ATTEMPTS);
  }
}
