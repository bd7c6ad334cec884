package org.veedor.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The discipline matrix: the presumptive range for each group, severity and record. */
class DisciplineMatrixDecisionTest {

  static final DecisionTables MATRIX =
      new DecisionTables("dmn/discipline-matrix.dmn", "discipline-matrix");

  @AfterAll
  static void everyRuleFired() {
    assertThat(MATRIX.unfired()).as("rules of the discipline matrix no case reached").isEmpty();
  }

  @ParameterizedTest(name = "{0}, serious {1}, {2} before -> {3}..{4}")
  @CsvSource({
    "CORRUPTION,   true,  1, DISMISSAL,         DISMISSAL,         true",
    "CORRUPTION,   true,  0, SUSPENSION_DAYS,   DISMISSAL,         true",
    "CORRUPTION,   false, 2, SUSPENSION_DAYS,   DEMOTION,          false",
    "CORRUPTION,   false, 0, WRITTEN_REPRIMAND, SUSPENSION_DAYS,   false",
    "USE_OF_FORCE, true,  1, DEMOTION,          DISMISSAL,         true",
    "USE_OF_FORCE, true,  0, SUSPENSION_DAYS,   DISMISSAL,         true",
    "USE_OF_FORCE, false, 4, WRITTEN_REPRIMAND, SUSPENSION_DAYS,   false",
    "RIGHTS,       true,  1, SUSPENSION_DAYS,   DEMOTION,          false",
    "RIGHTS,       true,  0, WRITTEN_REPRIMAND, SUSPENSION_DAYS,   false",
    "RIGHTS,       false, 1, WRITTEN_REPRIMAND, SUSPENSION_DAYS,   false",
    "RIGHTS,       false, 0, VERBAL_WARNING,    WRITTEN_REPRIMAND, false",
    "CONDUCT,      false, 3, SUSPENSION_DAYS,   DEMOTION,          false",
    "CONDUCT,      false, 2, WRITTEN_REPRIMAND, SUSPENSION_DAYS,   false",
    "CONDUCT,      false, 1, WRITTEN_REPRIMAND, SUSPENSION_DAYS,   false",
    "CONDUCT,      false, 0, VERBAL_WARNING,    WRITTEN_REPRIMAND, false"
  })
  void shouldRecommendTheRangeOfTheMatrix(
      String group, boolean serious, int prior, String least, String greatest, boolean referral) {
    DmnDecisionResultEntries range =
        MATRIX.evaluate(
            Map.of("categoryGroup", group, "serious", serious, "priorSustained", prior));

    assertThat(range.<String>getEntry("minimumSanction")).isEqualTo(least);
    assertThat(range.<String>getEntry("maximumSanction")).isEqualTo(greatest);
    assertThat(range.<Boolean>getEntry("referral")).isEqualTo(referral);
  }
}
