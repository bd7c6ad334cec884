package org.veedor.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokensTest {

  private final FormTokens tokens = new FormTokens(key((byte) 1));
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
    assertThat(
            tokens.problemWith(
                new FormTokens(key((byte) 2)).issue(fetched), fetched.plusSeconds(10)))
        .as("signed with another install's key")
        .contains("not valid");
    assertThat(tokens.problemWith(null, fetched)).contains("missing");
  }

  private static byte[] key(byte fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, fill);
    return key;
  }
}
