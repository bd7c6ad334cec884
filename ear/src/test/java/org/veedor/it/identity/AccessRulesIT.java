package org.veedor.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * The per-case rules, on the demo world: conflict of interest, sealed cases, closed cases only for
 * the board, and complainant identity for intake and the case's own investigator and supervisor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessRulesIT {

  /** The ring's station: investigator2 belongs to it. */
  private static final String RING_STATION = "E-NOR-1-A";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private static List<String> references(Api api, String query) {
    return api.get("complaints?size=200&" + query).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(c -> c.getString("referenceNumber"))
        .toList();
  }

  private static Optional<JsonObject> first(
      Api api, String query, java.util.function.Predicate<JsonObject> test) {
    return references(api, query).stream()
        .map(r -> api.get("complaints/" + r).json())
        .filter(test)
        .findFirst();
  }

  private static boolean sealed(JsonObject complaint) {
    return complaint.getBoolean("organizedCrimeLink")
        && complaint.getJsonArray("allegations").stream()
            .anyMatch(a -> a.asJsonObject().getString("categoryGroup").equals("CORRUPTION"));
  }

  @Test
  void shouldHideTheCasesOfTheirOwnUnitFromAnInvestigatorInListsCountsAndReads() {
    List<String> seenByIntake = references(Api.as("intake"), "unit=" + RING_STATION);
    assertThat(seenByIntake).isNotEmpty();

    JsonObject page = Api.as("investigator2").get("complaints?unit=" + RING_STATION).json();

    assertThat(page.getInt("totalElements")).isZero();
    assertThat(page.getJsonArray("items")).isEmpty();
    assertThat(Api.as("investigator2").get("complaints/" + seenByIntake.get(0)).status())
        .isEqualTo(404);
    // and the whole list counts fewer cases than another investigator's
    assertThat(Api.as("investigator2").get("complaints?size=1").json().getInt("totalElements"))
        .isLessThan(Api.as("intake").get("complaints?size=1").json().getInt("totalElements"));
  }

  @Test
  void shouldShowSealedCasesOnlyToTheSpecialCorruptionUnitAndTheAuditor() {
    JsonObject sealedCase =
        first(Api.as("investigator"), "unit=" + RING_STATION, AccessRulesIT::sealed).orElseThrow();
    String reference = sealedCase.getString("referenceNumber");

    assertThat(Api.as("supervisor").get("complaints/" + reference).status()).isEqualTo(200);
    assertThat(Api.as("auditor").get("complaints/" + reference).status()).isEqualTo(200);
    assertThat(Api.as("supervisor2").get("complaints/" + reference).status()).isEqualTo(404);
    assertThat(Api.as("intake").get("complaints/" + reference).status()).isEqualTo(404);
    assertThat(references(Api.as("supervisor2"), "unit=" + RING_STATION)).doesNotContain(reference);
  }

  @Test
  void shouldShowTheComplainantOnlyToTheCasesOwnInvestigatorAndIntake() {
    JsonObject worked =
        first(
                Api.as("investigator"),
                "unit=" + RING_STATION + "&status=CLOSED",
                c ->
                    !c.getBoolean("anonymous")
                        && "investigator".equals(c.getString("assignedInvestigator", null)))
            .orElseThrow();
    String reference = worked.getString("referenceNumber");

    assertThat(worked.getBoolean("complainantRedacted")).isFalse();
    assertThat(worked.getString("complainantName")).isNotBlank();

    JsonObject asAuditor = Api.as("auditor").get("complaints/" + reference).json();
    assertThat(asAuditor.getBoolean("complainantRedacted")).isTrue();
    assertThat(asAuditor.containsKey("complainantName")).isFalse();
    assertThat(asAuditor.containsKey("complainantEmail")).isFalse();
    assertThat(asAuditor.containsKey("complainantPhone")).isFalse();
  }

  @Test
  void shouldGiveTheBoardClosedCasesOnlyAndNeverTheComplainant() {
    JsonObject page = Api.as("board").get("complaints?size=100").json();

    assertThat(page.getInt("totalElements")).isPositive();
    assertThat(page.getJsonArray("items"))
        .allSatisfy(c -> assertThat(c.asJsonObject().getString("status")).isEqualTo("CLOSED"));
    JsonObject named =
        first(Api.as("board"), "status=CLOSED", c -> !c.getBoolean("anonymous")).orElseThrow();
    assertThat(named.getBoolean("complainantRedacted")).isTrue();
    assertThat(named.containsKey("complainantName")).isFalse();
    String open = references(Api.as("intake"), "status=INVESTIGATION").get(0);
    assertThat(Api.as("board").get("complaints/" + open).status()).isEqualTo(404);
  }
}
