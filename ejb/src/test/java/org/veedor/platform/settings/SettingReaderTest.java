package org.veedor.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SettingReaderTest {

  enum Names {
    PSEUDONYMOUS,
    NAMED
  }

  private static SettingReader environment(String variable, String value) {
    return new SettingReader(Configs.environment(Map.of(variable, value)));
  }

  @Test
  void shouldDeriveTheVariableFromThePropertyAsMicroProfileConfigDoes() {
    assertThat(SettingReader.variable("veedor.files.max-mb")).isEqualTo("VEEDOR_FILES_MAX_MB");
    assertThat(SettingReader.variable("veedor.ew.top-percent")).isEqualTo("VEEDOR_EW_TOP_PERCENT");
  }

  @Test
  void shouldReadAPropertyFromItsDerivedEnvironmentVariable() {
    // given only the variable, as an operator sets it
    SettingReader settings = environment("VEEDOR_FILES_MAX_MB", "40");

    // when the code reads the property, then MicroProfile Config finds the variable
    assertThat(settings.number("veedor.files.max-mb", 25, 1, 60)).isEqualTo(40);
  }

  @Test
  void shouldPreferTheSystemPropertyToTheVariable() {
    SettingReader settings =
        new SettingReader(
            Configs.server(Map.of("veedor.ew.months", "6"), Map.of("VEEDOR_EW_MONTHS", "24")));

    assertThat(settings.number("veedor.ew.months", 12, 1, 600)).isEqualTo(6);
  }

  @Test
  void shouldTakeTheDefaultWhenUnsetOrBlank() {
    assertThat(new SettingReader(Configs.empty()).number("veedor.ew.months", 12, 1, 600))
        .isEqualTo(12);
    assertThat(environment("VEEDOR_EW_MONTHS", "  ").number("veedor.ew.months", 12, 1, 600))
        .isEqualTo(12);
  }

  @Test
  void shouldNameTheSettingBothWaysAndShowTheValueWhenItIsNotANumber() {
    SettingReader settings = environment("VEEDOR_EW_MONTHS", "abc");

    assertThatThrownBy(() -> settings.number("veedor.ew.months", 12, 1, 600))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage(
            "setting veedor.ew.months (environment variable VEEDOR_EW_MONTHS) is 'abc' in"
                + " EnvConfigSource: expected a whole number from 1 to 600")
        .satisfies(
            e -> {
              assertThat(((InvalidSettingException) e).property()).isEqualTo("veedor.ew.months");
              assertThat(((InvalidSettingException) e).variable()).isEqualTo("VEEDOR_EW_MONTHS");
            });
  }

  @Test
  void shouldRefuseANumberOutOfRange() {
    assertThatThrownBy(
            () -> environment("VEEDOR_FILES_MAX_MB", "-3").number("veedor.files.max-mb", 25, 1, 60))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("veedor.files.max-mb")
        .hasMessageContaining("VEEDOR_FILES_MAX_MB")
        .hasMessageContaining("'-3'")
        .hasMessageContaining("from 1 to 60");
  }

  @Test
  void shouldReadAPositivePeriodAndRefuseOthers() {
    assertThat(environment("VEEDOR_APPEAL_WINDOW", "P45D").period("veedor.appeal.window", null))
        .isEqualTo(Period.ofDays(45));
    for (String wrong : new String[] {"30", "P0D", "-P30D", "PT10M"}) {
      assertThatThrownBy(
              () -> environment("VEEDOR_APPEAL_WINDOW", wrong).period("veedor.appeal.window", null))
          .as(wrong)
          .isInstanceOf(InvalidSettingException.class)
          .hasMessageContaining("'" + wrong + "'")
          .hasMessageContaining("VEEDOR_APPEAL_WINDOW");
    }
  }

  @Test
  void shouldReadAZoneAndRefuseAnUnknownOne() {
    assertThat(environment("VEEDOR_ZONE", "America/Bogota").zone("veedor.zone"))
        .contains(ZoneId.of("America/Bogota"));
    assertThatThrownBy(() -> environment("VEEDOR_ZONE", "Mars/Olympus").zone("veedor.zone"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("setting veedor.zone (environment variable VEEDOR_ZONE)")
        .hasMessageContaining("'Mars/Olympus'");
  }

  @Test
  void shouldReadOnlyTrueOrFalseAsAFlag() {
    assertThat(environment("VEEDOR_DEMO", "TRUE").flag("veedor.demo", false)).isTrue();
    assertThatThrownBy(() -> environment("VEEDOR_DEMO", "yes").flag("veedor.demo", false))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void shouldReadAChoiceByItsLowerCaseName() {
    assertThat(
            environment("VEEDOR_OPEN_DATA_OFFICERS", "named")
                .choice("veedor.open-data.officers", Names.PSEUDONYMOUS))
        .isEqualTo(Names.NAMED);
    assertThatThrownBy(
            () ->
                environment("VEEDOR_OPEN_DATA_OFFICERS", "everyone")
                    .choice("veedor.open-data.officers", Names.PSEUDONYMOUS))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("one of pseudonymous, named");
  }

  @Test
  void shouldReadAPathAndAPattern() {
    assertThat(environment("VEEDOR_DATA_DIR", "/srv/veedor").path("veedor.data.dir"))
        .contains(Path.of("/srv/veedor"));
    Pattern code = Pattern.compile("[A-Z]+");
    assertThat(environment("VEEDOR_SEALED_UNIT", "UEA").matching("veedor.sealed.unit", code, "x"))
        .contains("UEA");
    assertThatThrownBy(
            () ->
                environment("VEEDOR_SEALED_UNIT", "u/e")
                    .matching("veedor.sealed.unit", code, "a unit code"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageEndingWith("'u/e' in EnvConfigSource: expected a unit code");
  }

  @Test
  void shouldNeverShowASecretKeyInTheMessage() {
    String tooShort = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertThatThrownBy(
            () ->
                environment("VEEDOR_PERSONAL_DATA_KEY", tooShort)
                    .key("veedor.personal-data.key", 32))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("VEEDOR_PERSONAL_DATA_KEY")
        .hasMessageContaining("it holds 9")
        .hasMessageNotContaining(tooShort);
    byte[] key = new byte[32];
    assertThat(
            environment("VEEDOR_PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(key))
                .key("veedor.personal-data.key", 32))
        .hasValueSatisfying(k -> assertThat(k).hasSize(32));
  }
}
