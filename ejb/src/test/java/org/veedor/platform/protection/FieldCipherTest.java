package org.veedor.platform.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private static byte[] key() {
    byte[] key = new byte[FieldCipher.KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private final FieldCipher cipher = new FieldCipher(key());

  @Test
  void shouldOpenWhatItSealedIncludingAccentsAndEmoji() {
    String name = "María José Núñez 👮";

    String sealed = cipher.seal(name);

    assertThat(sealed).startsWith("pd1:").doesNotContain("María");
    assertThat(cipher.open(sealed)).isEqualTo(name);
  }

  @Test
  void shouldSealTheSameTextDifferentlyEachTime() {
    assertThat(cipher.seal("Rosa Medina")).isNotEqualTo(cipher.seal("Rosa Medina"));
  }

  @Test
  void shouldRefuseAValueSealedWithAnotherKey() {
    String sealed = new FieldCipher(key()).seal("Rosa Medina");

    assertThatThrownBy(() -> cipher.open(sealed))
        .isInstanceOf(PersonalDataUnreadableException.class)
        .hasMessageContaining("does not open with the configured key");
  }

  @Test
  void shouldRefuseAValueChangedAtRest() {
    String sealed = cipher.seal("Rosa Medina");
    byte[] data = Base64.getDecoder().decode(sealed.substring(4));
    data[data.length - 1] ^= 1;
    String changed = "pd1:" + Base64.getEncoder().encodeToString(data);

    assertThatThrownBy(() -> cipher.open(changed))
        .isInstanceOf(PersonalDataUnreadableException.class);
  }

  @Test
  void shouldPassNullAndTextFromBeforeEncryptionThrough() {
    assertThat(cipher.seal(null)).isNull();
    assertThat(cipher.open(null)).isNull();
    assertThat(cipher.open("Rosa Medina")).isEqualTo("Rosa Medina");
    assertThat(FieldCipher.isSealed("Rosa Medina")).isFalse();
  }

  @Test
  void shouldRefuseAKeyOfTheWrongLength() {
    assertThatThrownBy(() -> new FieldCipher(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void shouldFitTheLongestNameInItsColumn() {
    String longest = "ñ".repeat(100) + "👮".repeat(50);

    assertThat(cipher.seal(longest).length()).isLessThanOrEqualTo(1200);
  }
}
