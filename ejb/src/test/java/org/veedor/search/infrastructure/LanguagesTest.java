package org.veedor.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void shouldTellSpanishPortugueseAndEnglishApart() {
    assertThat(Languages.guess("El agente me pidió dinero en la esquina y los demás miraban."))
        .isEqualTo("es");
    assertThat(
            Languages.guess("O policial pediu dinheiro na esquina e os outros não fizeram nada."))
        .isEqualTo("pt");
    assertThat(Languages.guess("The officer asked me for money and the others did nothing."))
        .isEqualTo("en");
  }

  @Test
  void shouldNotGuessFromTooLittle() {
    assertThat(Languages.guess("VE-2026-000123")).isNull();
    assertThat(Languages.guess("")).isNull();
    assertThat(Languages.guess(null)).isNull();
  }
}
