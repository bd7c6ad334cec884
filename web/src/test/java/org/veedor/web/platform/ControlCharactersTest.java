package org.veedor.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void shouldFindNulAndOtherControlCharactersButNotTabsOrLineBreaks() {
    assertThat(ControlCharacters.holdsAControlCharacter("VE-2026-\u0000")).isTrue();
    assertThat(ControlCharacters.holdsAControlCharacter("a\u001bb")).isTrue();
    assertThat(ControlCharacters.holdsAControlCharacter("línea\nsegunda\tcolumna\r")).isFalse();
    assertThat(ControlCharacters.holdsAControlCharacter("ñandú 漢字 🙂 \u202e")).isFalse();
  }

  @Test
  void shouldFindAnEscapedControlCharacterInJsonButNotAnEscapedBackslash() {
    assertThat(ControlCharacters.escapesAControlCharacter("{\"text\": \"a\\u0000b\"}")).isTrue();
    assertThat(ControlCharacters.escapesAControlCharacter("{\"text\": \"\\u001B\"}")).isTrue();
    assertThat(ControlCharacters.escapesAControlCharacter("{\"text\": \"a\\\\u0000b\"}"))
        .as("the six characters \\u0000 written as text")
        .isFalse();
    assertThat(ControlCharacters.escapesAControlCharacter("{\"text\": \"x\\\\\\u0000\"}"))
        .as("an escaped backslash, then an escaped NUL")
        .isTrue();
    assertThat(ControlCharacters.escapesAControlCharacter("{\"text\": \"tab\\u0009 é\\u00e9\"}"))
        .isFalse();
  }
}
