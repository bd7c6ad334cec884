package org.veedor.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.veedor.casefile.application.CaseFileSettings;
import org.veedor.demo.DemoSettings;
import org.veedor.discipline.workflow.DisciplineSettings;
import org.veedor.identity.application.IdentitySettings;
import org.veedor.intake.application.IntakeSettings;
import org.veedor.reporting.application.ReportingSettings;

/** What the start-up check makes of good and wrong settings, context by context. */
class SettingsCheckTest {

  private static List<ContextSettings> everyContext(Config config) {
    return SettingsBeans.on(config);
  }

  @Test
  void shouldStopTheStartNamingTheSettingWhenEarlyWarningMonthsIsNotANumber() {
    // given the operator's typo
    Config config = Configs.environment(Map.of("VEEDOR_EW_MONTHS", "abc"));

    // when the application starts, then it does not, and says which setting and value
    assertThatThrownBy(() -> SettingsCheck.check(everyContext(config)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Veedor does not start, a setting is wrong: setting veedor.ew.months (environment"
                + " variable VEEDOR_EW_MONTHS) is 'abc' in EnvConfigSource: expected a whole"
                + " number from 1 to 600");
  }

  @Test
  void shouldNameEveryWrongSettingAtOnce() {
    Config config =
        Configs.environment(
            Map.of(
                "VEEDOR_FILES_MAX_MB", "-5",
                "VEEDOR_ZONE", "Nowhere/Town",
                "VEEDOR_RETENTION_PERSONAL_DATA", "five years",
                "VEEDOR_SEALED_UNIT", "pn-uea",
                "VEEDOR_APPEAL_WINDOW", "P0D",
                "VEEDOR_DEMO_LIFECYCLES", "maybe",
                "VEEDOR_OPEN_DATA_K", "0"));

    assertThatThrownBy(() -> SettingsCheck.check(everyContext(config)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("settings are wrong")
        .hasMessageContaining("veedor.files.max-mb (environment variable VEEDOR_FILES_MAX_MB)")
        .hasMessageContaining("'-5'")
        .hasMessageContaining("VEEDOR_ZONE")
        .hasMessageContaining("'Nowhere/Town'")
        .hasMessageContaining("VEEDOR_RETENTION_PERSONAL_DATA")
        .hasMessageContaining("VEEDOR_SEALED_UNIT")
        .hasMessageContaining("VEEDOR_APPEAL_WINDOW")
        .hasMessageContaining("VEEDOR_DEMO_LIFECYCLES")
        .hasMessageContaining("VEEDOR_OPEN_DATA_K");
  }

  @Test
  void shouldStartWithNothingSetAndGiveTheDocumentedDefaults() {
    Config nothing = Configs.empty();

    assertThat(SettingsCheck.check(everyContext(nothing)))
        .isEqualTo(SettingsBeans.classes().size());

    ReportingSettings reporting = new ReportingSettings(nothing);
    assertThat(reporting.earlyWarningComplaints()).isEqualTo(3);
    assertThat(reporting.earlyWarningMonths()).isEqualTo(12);
    assertThat(reporting.earlyWarningTopPercent()).isEqualTo(2);
    assertThat(reporting.openDataK()).isEqualTo(5);
    assertThat(reporting.openDataOfficers()).isEqualTo(ReportingSettings.OfficerNames.PSEUDONYMOUS);
    assertThat(new CaseFileSettings(nothing).maxFileBytes()).isEqualTo(25L * 1024 * 1024);
    IntakeSettings intake = new IntakeSettings(nothing);
    assertThat(intake.personalDataRetention()).isEqualTo(Period.ofYears(5));
    assertThat(intake.publicFilingsPerHour()).isEqualTo(5);
    assertThat(intake.publicLookupsPerTenMinutes()).isEqualTo(20);
    assertThat(new DisciplineSettings(nothing).appealWindow()).isEqualTo(Period.ofDays(30));
    PlatformSettings platform = new PlatformSettings(nothing);
    assertThat(platform.zone()).isEqualTo(ZoneId.systemDefault());
    assertThat(platform.dataFolder("files")).isEqualTo(Path.of("data", "files"));
    assertThat(platform.demo()).isFalse();
    assertThat(platform.personalDataKey()).isEmpty();
    DemoSettings demo = new DemoSettings(nothing);
    assertThat(demo.enabled()).isFalse();
    assertThat(demo.complaints()).isEqualTo(10_000);
    assertThat(demo.lifecycles()).isTrue();
  }

  @Test
  void shouldPutNobodyInTheSealedCasesUnitUnlessOneIsConfigured() {
    assertThat(new IdentitySettings(Configs.empty()).sealedUnit()).isEmpty();
    assertThat(
            new IdentitySettings(Configs.environment(Map.of("VEEDOR_SEALED_UNIT", "PN-UEA")))
                .sealedUnit())
        .contains("PN-UEA");
  }

  @Test
  void shouldStartADemonstrationServerThatNamesNoSealedUnitWithAWarningOnly() {
    Config demoWithoutUnit = Configs.environment(Map.of("VEEDOR_DEMO", "true"));

    assertThat(SettingsCheck.check(everyContext(demoWithoutUnit)))
        .isEqualTo(SettingsBeans.classes().size());
    assertThat(new IdentitySettings(demoWithoutUnit).sealedUnit()).isEmpty();
  }

  @Test
  void shouldIgnoreTheFileSizeLimitsOldVariable() {
    // VEEDOR_MAX_FILE_MB became VEEDOR_FILES_MAX_MB, the variable of veedor.files.max-mb
    Config config =
        Configs.environment(Map.of("VEEDOR_MAX_FILE_MB", "10", "VEEDOR_FILES_MAX_MB", "40"));

    assertThat(new CaseFileSettings(config).maxFileMegabytes()).isEqualTo(40);
  }
}
