package org.veedor.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * Full-text search through the REST API on the real server: stemming and accent folding in Spanish
 * and Portuguese, highlighted snippets, facets, query syntax and its errors, similar complaints,
 * officers by a misspelt name, the access rules inside the query, and the index's upkeep.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseSearchIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  /** The first start builds the index from the demo world in the background: wait for it. */
  @BeforeAll
  public static void indexBuilt() throws InterruptedException {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      Api.Reply counts = Api.as("admin").get("search/consistency");
      if (counts.status() == 200 && counts.json().getBoolean("consistent")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "the index was not built: " + Api.as("admin").get("search/consistency").body());
  }

  /** A word no demo narrative holds, so that a search finds exactly the complaint made here. */
  public static String nonce() {
    StringBuilder word = new StringBuilder("qz");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  public static String register(String narrative, String unitCode, String category) {
    Api.Reply reply =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "PHONE", "incidentDate": "2026-10-02", "territoryCode": "CAP",
                 "narrative": "%s", "complainant": {"anonymous": true},
                 "allegations": [{"categoryCode": "%s", "unitCode": "%s"}]}
                """
                    .formatted(narrative, category, unitCode));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getString("referenceNumber");
  }

  static Api.Reply search(String user, String query) {
    return Api.as(user)
        .get("search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=50");
  }

  static List<String> references(JsonObject results) {
    return results.getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getString("reference"))
        .toList();
  }

  @Test
  void shouldFindSpanishAndPortugueseWordsByOtherFormsAndWithoutAccents() {
    String word = nonce();
    String bribe =
        register(
            "El agente me pidió un soborno en la esquina del mercado para no llevarme detenido, "
                + word
                + ".",
            "E-CAP-1-A",
            "BRIBERY");
    String extortion =
        register(
            "Los policías cobraban una cuota de extorsión a los comerciantes de la plaza cada semana, "
                + word
                + ".",
            "E-CAP-1-A",
            "EXTORTION");
    String portuguese =
        register(
            "O policial exigiu propina dos motoristas na avenida e ameaçou apreender os carros, "
                + word
                + ".",
            "E-CAP-1-A",
            "BRIBERY");

    JsonObject plural = search("supervisor2", "\"sobornos\" " + word).json();
    assertThat(references(plural)).as("in quotes, the word alone").containsExactly(bribe);
    String snippet =
        plural.getJsonArray("hits").getJsonObject(0).getJsonArray("snippets").getString(0);
    assertThat(snippet).contains("<mark>soborno</mark>");

    assertThat(references(search("supervisor2", "extorsion " + word).json()))
        .as("no accent typed")
        .containsExactly(extortion);
    assertThat(references(search("supervisor2", "\"propinas\" " + word).json()))
        .as("Portuguese plural")
        .containsExactly(portuguese);
    assertThat(references(search("supervisor2", "sobornos " + word).json()))
        .as("without quotes, the other words for a bribe too, the word typed first")
        .containsExactly(bribe, portuguese);
    assertThat(references(search("supervisor2", "coima " + word).json()))
        .as("a word none of them uses")
        .containsExactlyInAnyOrder(bribe, portuguese);
    assertThat(references(search("supervisor2", "\"pidió un soborno\" " + word).json()))
        .as("a phrase")
        .containsExactly(bribe);
    assertThat(references(search("supervisor2", word + " AND NOT category:BRIBERY").json()))
        .as("boolean operators and a field")
        .containsExactly(extortion);
    assertThat(references(search("supervisor2", word + " (sobornos OR propina)").json()))
        .containsExactlyInAnyOrder(bribe, portuguese);
  }

  /**
   * A dashboard's period links to the search for that period: the search finds exactly the
   * complaints the report counts in it, by month and by quarter.
   */
  @Test
  void shouldFindExactlyTheComplaintsAReportCountsInAPeriod() {
    String thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
    for (String period : List.of("month", "quarter")) {
      JsonObject volume =
          Api.as("auditor")
              .get("reports/indicators/volume?period=" + period + "&territory=CAP")
              .json();
      List<JsonObject> rows =
          volume.getJsonArray("rows").stream()
              .map(JsonValue::asJsonObject)
              .filter(r -> r.getInt("complaints") > 0)
              // the current period is still being written to by other tests
              .filter(r -> r.getString("period").compareTo(thisMonth.substring(0, 4)) < 0)
              .toList();
      assertThat(rows).as(volume.toString()).isNotEmpty();
      for (JsonObject row : rows.subList(Math.max(0, rows.size() - 3), rows.size())) {
        String label = row.getString("period");
        JsonObject found = search("auditor", "received:" + label + " territory:CAP").json();
        assertThat(found.getJsonNumber("total").longValue())
            .as("complaints received in %s in CAP", label)
            .isEqualTo(row.getInt("complaints"));
      }
    }
    assertThat(search("auditor", "received:2025-13").status()).isEqualTo(400);
  }

  @Test
  void shouldCountFacetsOverWhatWasFoundAndNarrowByThem() {
    JsonObject all = search("auditor", "soborno").json();
    assertThat(all.getJsonNumber("total").longValue()).isPositive();
    JsonObject facets = all.getJsonObject("facets");
    assertThat(facets.keySet())
        .containsExactly("category", "status", "unit", "territory", "year", "channel");
    long statusSum =
        facets.getJsonArray("status").stream()
            .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue())
            .sum();
    assertThat(statusSum)
        .as("each case has one status")
        .isEqualTo(all.getJsonNumber("total").longValue());

    JsonObject closed = Api.as("auditor").get("search?q=soborno&status=CLOSED&size=100").json();
    assertThat(closed.getJsonArray("hits"))
        .allSatisfy(h -> assertThat(h.asJsonObject().getString("status")).isEqualTo("CLOSED"));
    long closedCount =
        facets.getJsonArray("status").stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("value").equals("CLOSED"))
            .mapToLong(v -> v.getJsonNumber("count").longValue())
            .sum();
    assertThat(closed.getJsonNumber("total").longValue()).isEqualTo(closedCount);
    assertThat(closed.getJsonArray("hits").getJsonObject(0).getJsonArray("snippets").getString(0))
        .contains("<mark>");
  }

  @Test
  void shouldHideACaseAndItsCountFromAnInvestigatorInConflict() {
    String word = nonce();
    // investigator2 serves in E-NOR-1-A: a complaint naming that unit is not theirs to see
    String reference =
        register(
            "Un agente de la estación norte golpeó a mi hermano durante un control, " + word + ".",
            "E-NOR-1-A",
            "EXCESSIVE_FORCE");

    assertThat(references(search("supervisor2", word).json())).containsExactly(reference);

    JsonObject hidden = search("investigator2", word).json();
    assertThat(hidden.getJsonNumber("total").longValue()).isZero();
    assertThat(hidden.getJsonArray("hits")).isEmpty();
    hidden
        .getJsonObject("facets")
        .forEach((name, values) -> assertThat(values.asJsonArray()).as(name).isEmpty());
    assertThat(Api.as("investigator2").get("search/similar/" + reference).status()).isEqualTo(404);
  }

  @Test
  void shouldFindSimilarComplaintsByTheirTellingWords() {
    String word = nonce();
    String first =
        register(
            "En el retén de la vía al puerto los agentes exigen dinero a los camioneros para dejar pasar"
                + " la carga de contrabando, "
                + word
                + ".",
            "E-CAP-1-A",
            "BRIBERY");
    String second =
        register(
            "Los camioneros pagamos dinero en el retén de la vía al puerto para que los agentes dejen"
                + " pasar la carga, "
                + word
                + ".",
            "E-CAP-1-A",
            "BRIBERY");

    List<String> similar =
        Api.as("supervisor2").get("search/similar/" + first).jsonArray().stream()
            .map(h -> h.asJsonObject().getString("reference"))
            .toList();
    assertThat(similar).contains(second).doesNotContain(first);
    assertThat(similar.indexOf(second)).as("the nearest first").isLessThan(3);
  }

  @Test
  void shouldFindAnOfficerByAMisspeltNameWithoutAccents() {
    List<JsonObject> found =
        Api.as("intake").get("search/officers?q=Gonzales&size=100").jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(found).isNotEmpty();
    // the demonstration's González officers are found by the misspelt, unaccented name (other
    // forces' officers really named Gonzales, as an import brings, may rank beside them)
    assertThat(found.stream().map(o -> o.getString("name")).toList())
        .anySatisfy(name -> assertThat(name).contains("González"));
  }

  @Test
  void shouldAnswerAProblemWhenTheQueryCannotBeRead() {
    for (String bad :
        List.of("\"unclosed phrase", "(soborno", "nofield:soborno", "so*no", "year:abc")) {
      Api.Reply reply = search("supervisor", bad);
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.invalidParams()).containsExactly("q");
    }
    assertThat(Api.as("supervisor").get("search?q=soborno&sort=sideways").status()).isEqualTo(400);
    assertThat(Api.as("leadership").get("search?q=soborno").status())
        .as("leadership reads reports, not cases")
        .isEqualTo(403);
  }

  @Test
  void shouldAnswerALongQueryAndRefuseOneTooBroadToAnswer() {
    Api.Reply concepts = search("auditor", "soborno extorsion golpes amenaza patrulla Villalobos");
    assertThat(concepts.status())
        .as("the thesaurus widens the first words only, the query stays answerable")
        .isEqualTo(200);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 90; i++) {
      many.append("palabra").append(i).append(' ');
    }
    Api.Reply tooBroad = search("auditor", many.toString());
    assertThat(tooBroad.status()).as(tooBroad.body()).isEqualTo(400);
    assertThat(tooBroad.contentType()).startsWith("application/problem+json");
    assertThat(tooBroad.invalidParams()).containsExactly("q");
  }

  @Test
  void shouldRebuildTheIndexFromTheDatabaseForAnAdministratorOnly() throws Exception {
    assertThat(Api.as("supervisor").post("search/reindex", "application/json", "").status())
        .isEqualTo(403);
    Api.Reply started = Api.as("admin").post("search/reindex", "application/json", "");
    assertThat(started.status()).isEqualTo(202);
    String state = started.json().getString("state");
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (!state.equals("DONE") && !state.equals("FAILED") && System.nanoTime() < deadline) {
      Thread.sleep(500);
      state = Api.as("admin").get("search/reindex").json().getString("state");
    }
    JsonObject progress = Api.as("admin").get("search/reindex").json();
    assertThat(state).as(progress.toString()).isEqualTo("DONE");
    assertThat(progress.getJsonNumber("done").longValue())
        .isEqualTo(progress.getJsonNumber("total").longValue())
        .isGreaterThan(2000);
    JsonObject counts = Api.as("admin").get("search/consistency").json();
    assertThat(counts.getBoolean("consistent")).as(counts.toString()).isTrue();
    assertThat(search("auditor", "soborno").json().getJsonNumber("total").longValue())
        .as("searchable again")
        .isPositive();
  }
}
