package org.veedor.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordDigestTest {

  @Test
  void shouldMatchOnlyThePasswordItWasMadeFrom() {
    PasswordDigest digest = PasswordDigest.of("veedor".toCharArray());

    assertThat(digest.matches("veedor".toCharArray())).isTrue();
    assertThat(digest.matches("Veedor".toCharArray())).isFalse();
    assertThat(digest.iterations()).isEqualTo(PasswordDigest.ITERATIONS);
    assertThat(digest.digest()).doesNotContain("veedor");
  }

  @Test
  void shouldSaltEveryDigestSoThatEqualPasswordsLookDifferent() {
    PasswordDigest first = PasswordDigest.of("veedor".toCharArray());
    PasswordDigest second = PasswordDigest.of("veedor".toCharArray());

    assertThat(first.salt()).isNotEqualTo(second.salt());
    assertThat(first.digest()).isNotEqualTo(second.digest());
  }

  @Test
  void shouldComputePbkdf2HmacSha256AsTheStandardDefinesIt() {
    // RFC 7914, section 11: PBKDF2-HMAC-SHA256 of "passwd" with salt "salt" and one iteration;
    // the server's realm (AccountRealm) derives the digest it compares the same way
    PasswordDigest digest =
        PasswordDigest.of("passwd".toCharArray(), "salt".getBytes(StandardCharsets.US_ASCII), 1);

    assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(digest.digest())))
        .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
  }

  @Test
  void shouldRefuseAnEmptyPassword() {
    assertThatThrownBy(() -> PasswordDigest.of(new char[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
