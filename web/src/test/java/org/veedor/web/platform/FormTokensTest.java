package org.veedor.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokensTest {

  private final FormTokens tokens = new FormTokens();
  private final Instant fetched = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void shouldAcceptAFormSentAfterAPersonsWhile() {
    String token = tokens.issue(fetched);

    assertThat(tokens.problemWith(token, fetched.plusSeconds(40))).isNull();
  }

  @Test
  void shouldRefuseAFormSentFasterThanAPersonWrites() {
    String token = tokens.issue(fetched);

    assertThat(tokens.problemWith(token, fetched.plusMillis(800))).contains("too quickly");
  }

  @Test
  void shouldRefuseAStaleForgedOrMissingToken() {
    String token = tokens.issue(fetched);
    String forged = fetched.minusSeconds(60).toEpochMilli() + token.substring(token.indexOf('.'));

    assertThat(tokens.problemWith(token, fetched.plusSeconds(5 * 3600))).contains("too old");
    assertThat(tokens.problemWith(forged, fetched.plusSeconds(10))).contains("not valid");
    assertThat(tokens.problemWith(new FormTokens().issue(fetched), fetched.plusSeconds(10)))
        .as("signed by another server start")
        .contains("not valid");
    assertThat(tokens.problemWith(null, fetched)).contains("missing");
  }
}
