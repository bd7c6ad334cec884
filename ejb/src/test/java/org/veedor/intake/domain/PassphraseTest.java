package org.veedor.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassphraseTest {

  @Test
  void shouldGiveFourGroupsOfFourWithoutLookAlikes() {
    String passphrase = Passphrase.generate();

    assertThat(passphrase).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
    assertThat(passphrase).doesNotContain("0", "1", "o", "l", "i");
  }

  @Test
  void shouldNotRepeatItself() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(Passphrase.generate());
    }

    assertThat(seen).hasSize(10_000);
  }

  @Test
  void shouldReadAPassphraseAsPeopleTypeIt() {
    assertThat(Passphrase.normalize(" K7QM 3xtp-w9cd_AB4R ")).isEqualTo("k7qm-3xtp-w9cd-ab4r");
    assertThat(Passphrase.normalize(null)).isEmpty();
  }
}
