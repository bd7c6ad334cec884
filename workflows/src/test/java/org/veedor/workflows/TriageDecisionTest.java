package org.veedor.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The triage table: each rule by a complaint that reaches it first. */
class TriageDecisionTest {

  static final DecisionTables TRIAGE = new DecisionTables("dmn/triage.dmn", "triage");

  @AfterAll
  static void everyRuleFired() {
    assertThat(TRIAGE.unfired()).as("rules of the triage table no case reached").isEmpty();
  }

  /** An ordinary complaint: one conduct allegation, nobody hurt, no history. */
  static Map<String, Object> facts(Object... overrides) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("withinMandate", true);
    facts.put("organizedCrimeLink", false);
    facts.put("mostSeriousCategory", "NEGLECT_OF_DUTY");
    facts.put("categoryGroup", "CONDUCT");
    facts.put("serious", false);
    facts.put("injury", false);
    facts.put("seniorOfficer", false);
    facts.put("priorSustained", 0);
    for (int i = 0; i < overrides.length; i += 2) {
      facts.put((String) overrides[i], overrides[i + 1]);
    }
    return facts;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "outside the mandate", facts("withinMandate", false), "NO_JURISDICTION", "LOW", 15),
        Arguments.of(
            "a death",
            facts(
                "mostSeriousCategory", "UNLAWFUL_KILLING",
                "categoryGroup", "USE_OF_FORCE",
                "serious", true),
            "REFER_TO_PROSECUTOR",
            "URGENT",
            30),
        Arguments.of(
            "organized crime named",
            facts("organizedCrimeLink", true),
            "SPECIAL_CORRUPTION_UNIT",
            "URGENT",
            120),
        Arguments.of(
            "bribery",
            facts("mostSeriousCategory", "BRIBERY", "categoryGroup", "CORRUPTION", "serious", true),
            "SPECIAL_CORRUPTION_UNIT",
            "HIGH",
            120),
        Arguments.of(
            "a minor corruption category added later",
            facts("mostSeriousCategory", "GIFTS", "categoryGroup", "CORRUPTION"),
            "FULL_INVESTIGATION",
            "MEDIUM",
            90),
        Arguments.of(
            "an injury in a conduct complaint",
            facts("injury", true),
            "FULL_INVESTIGATION",
            "HIGH",
            90),
        Arguments.of(
            "excessive force",
            facts(
                "mostSeriousCategory", "EXCESSIVE_FORCE",
                "categoryGroup", "USE_OF_FORCE",
                "serious", true),
            "FULL_INVESTIGATION",
            "HIGH",
            90),
        Arguments.of(
            "unlawful detention",
            facts(
                "mostSeriousCategory", "UNLAWFUL_ARREST_OR_DETENTION",
                "categoryGroup", "RIGHTS",
                "serious", true),
            "FULL_INVESTIGATION",
            "MEDIUM",
            90),
        Arguments.of(
            "officers sustained twice before",
            facts("priorSustained", 2),
            "FULL_INVESTIGATION",
            "MEDIUM",
            90),
        Arguments.of(
            "a captain named", facts("seniorOfficer", true), "FULL_INVESTIGATION", "MEDIUM", 60),
        Arguments.of(
            "an unlawful search",
            facts("mostSeriousCategory", "UNLAWFUL_SEARCH", "categoryGroup", "RIGHTS"),
            "UNIT_LEVEL",
            "MEDIUM",
            60),
        Arguments.of(
            "discourtesy", facts("mostSeriousCategory", "DISCOURTESY"), "MEDIATION", "LOW", 30),
        Arguments.of("neglect of duty", facts(), "UNIT_LEVEL", "LOW", 60));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("cases")
  void shouldProposeTheTrackPriorityAndDeadlineForEachKindOfComplaint(
      String complaint, Map<String, Object> facts, String track, String priority, int days) {
    DmnDecisionResultEntries proposal = TRIAGE.evaluate(facts);

    assertThat(proposal.<String>getEntry("track")).isEqualTo(track);
    assertThat(proposal.<String>getEntry("priority")).isEqualTo(priority);
    assertThat(proposal.<Number>getEntry("deadlineDays").intValue()).isEqualTo(days);
  }
}
