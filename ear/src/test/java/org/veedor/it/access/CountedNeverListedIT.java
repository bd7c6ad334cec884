package org.veedor.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.domain.ReferenceNumber;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.identity.AsAdmin;

/**
 * Sealed cases are counted, never listed: the demo world's sealed organized-crime cases are in the
 * figures leadership, the board and the public read (equal to a count made here with plain SQL over
 * every complaint), and in none of the board's lists, searches or drill-downs. A file that names
 * the complainant is there for the board to see, not to read.
 */
@ExtendWith(ArquillianExtension.class)
class CountedNeverListedIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.access");
  }

  @PersistenceContext EntityManager em;
  @Inject AsAdmin admin;
  @Inject RuntimeService runtime;
  @Inject org.veedor.intake.application.LifecyclePlacement lifecycles;

  /**
   * The demonstration world is complete: right after the server starts, its open complaints are
   * still being placed at their stage in the background, and the figures read here would count a
   * world in the making (for at most two minutes; a complaint the loader could not place stays).
   */
  @org.junit.jupiter.api.BeforeEach
  void demonstrationWorldComplete() throws Exception {
    for (int i = 0; i < 120; i++) {
      boolean settled = admin.call(() -> lifecycles.openWithoutLifecycle(null, 0, 1).isEmpty());
      if (settled) {
        return;
      }
      Thread.sleep(1000);
    }
  }

  private long count(String sql) throws Exception {
    return admin.call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  @SuppressWarnings("unchecked")
  private Set<String> sealedReferences() throws Exception {
    return admin.call(
        () ->
            new HashSet<>(
                (List<String>)
                    em.createNativeQuery("select reference_number from complaint where sealed")
                        .getResultList()));
  }

  private static long column(JsonObject table, String column) {
    long sum = 0;
    for (JsonValue row : table.getJsonArray("rows")) {
      sum += row.asJsonObject().getJsonNumber(column).longValue();
    }
    return sum;
  }

  @Test
  void shouldCountTheSealedOrganizedCrimeCasesForLeadershipTheBoardAndThePublic() throws Exception {
    long sealedOrganizedCrime =
        count("select count(*) from complaint where sealed and organized_crime_link");
    long organizedCrime = count("select count(*) from complaint where organized_crime_link");
    long complaints = count("select count(*) from complaint");
    assertThat(sealedOrganizedCrime)
        .as("the demo world has sealed organized-crime cases")
        .isPositive();

    for (String reader : List.of("leadership", "board")) {
      JsonObject corruption = Api.as(reader).get("reports/indicators/corruption?period=all").json();
      assertThat(column(corruption, "organizedCrimeLinked")).as(reader).isEqualTo(organizedCrime);
      JsonObject volume = Api.as(reader).get("reports/indicators/volume?period=all").json();
      assertThat(column(volume, "complaints")).as(reader).isEqualTo(complaints);
    }

    // open data: corruption complaints by year and link to organized crime, every cell that is
    // published equal to the count made here
    Map<String, Long> linkedByYear = new TreeMap<>();
    admin.call(
        () -> {
          for (Object row :
              em.createNativeQuery(
                      "select cast(extract(year from c.received_at) as integer), count(*)"
                          + " from complaint c where c.organized_crime_link and exists (select 1"
                          + " from allegation a join allegation_category g on g.id = a.category_id"
                          + " where a.complaint_id = c.id and g.category_group = 'CORRUPTION')"
                          + " group by cast(extract(year from c.received_at) as integer)")
                  .getResultList()) {
            Object[] r = (Object[]) row;
            linkedByYear.put(
                String.valueOf(((Number) r[0]).intValue()), ((Number) r[1]).longValue());
          }
          return null;
        });
    JsonObject published =
        Api.anonymous()
            .get("open-data/corruption-complaints-by-year-and-organized-crime-link")
            .json();
    JsonArray cells = published.getJsonArray("cells");
    int linked =
        published
            .getJsonArray("columns")
            .getValuesAs(JsonValue::toString)
            .indexOf("\"LINKED_TO_ORGANIZED_CRIME\"");
    long compared = 0;
    for (int i = 0; i < cells.size(); i++) {
      String year = published.getJsonArray("rows").getString(i);
      JsonValue cell = cells.getJsonArray(i).get(linked);
      if (cell.getValueType() == JsonValue.ValueType.NUMBER) {
        assertThat(((jakarta.json.JsonNumber) cell).longValue())
            .as(year)
            .isEqualTo(linkedByYear.get(year));
        compared += ((jakarta.json.JsonNumber) cell).longValue();
      }
    }
    assertThat(compared).as("published organized-crime-linked complaints").isPositive();
  }

  @Test
  void shouldListNoSealedCaseToTheBoardWhileSayingHowManyItsFiguresCount() throws Exception {
    Set<String> sealed = sealedReferences();
    long closedNotSealedBribery =
        count(
            "select count(*) from complaint c where c.status = 'CLOSED' and not c.sealed and exists"
                + " (select 1 from allegation a join allegation_category g on g.id = a.category_id"
                + " where a.complaint_id = c.id and g.code = 'BRIBERY')");
    JsonObject list = Api.as("board").get("complaints?category=BRIBERY&size=100").json();
    assertThat(list.getJsonNumber("totalElements").longValue()).isEqualTo(closedNotSealedBribery);
    for (JsonValue item : list.getJsonArray("items")) {
      assertThat(sealed).doesNotContain(item.asJsonObject().getString("referenceNumber"));
    }

    // a drill-down from a year's figure: the cases the board may list, and how many more it counts
    int year =
        admin.call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select max(cast(extract(year from received_at) as integer))"
                                    + " from complaint where sealed and status = 'CLOSED'")
                            .getSingleResult())
                    .intValue());
    JsonObject drill = Api.as("board").get("search?size=100&q=received:" + year).json();
    for (JsonValue hit : drill.getJsonArray("hits")) {
      assertThat(sealed).doesNotContain(hit.asJsonObject().getString("reference"));
    }
    long sealedThatYear =
        count(
            "select count(*) from complaint where sealed and extract(year from received_at) = "
                + year);
    long allThatYear =
        count("select count(*) from complaint where extract(year from received_at) = " + year);
    assertThat(drill.getJsonNumber("sealedNotListed").longValue()).isEqualTo(sealedThatYear);
    assertThat(
            drill.getJsonNumber("total").longValue()
                + drill.getJsonNumber("countedNotListed").longValue())
        .isEqualTo(allThatYear);
    JsonObject volume = Api.as("board").get("reports/indicators/volume?period=year").json();
    long counted = -1;
    for (JsonValue row : volume.getJsonArray("rows")) {
      if (row.asJsonObject()
          .get("period")
          .toString()
          .replace("\"", "")
          .equals(String.valueOf(year))) {
        counted = row.asJsonObject().getJsonNumber("complaints").longValue();
      }
    }
    assertThat(counted).as("the board's volume of " + year).isEqualTo(allThatYear);

    // and the search of words finds none of them either
    JsonObject words = Api.as("board").get("search?size=100&q=group:CORRUPTION").json();
    for (JsonValue hit : words.getJsonArray("hits")) {
      assertThat(sealed).doesNotContain(hit.asJsonObject().getString("reference"));
    }
  }

  @Test
  void shouldShowTheBoardThatAnIdentifyingFileExistsButNeverItsContent() throws Exception {
    String word = "Zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String reference =
        Api.as("intake")
            .postJson(
                "complaints",
                "{\"channel\": \"WALK_IN\", \"incidentDate\": \""
                    + LocalDate.now().minusDays(10)
                    + "\", \"territoryCode\": \"CAP\", \"narrative\": \"Me pidieron dinero en el"
                    + " retén.\", \"complainant\": {\"anonymous\": false, \"name\": \"Ana Ruiz\"},"
                    + " \"allegations\": [{\"categoryCode\": \"DISCOURTESY\", \"unitCode\": \"E-CAP-1-A\"}]}")
            .json()
            .getString("referenceNumber");
    Api.Reply added =
        Api.as("intake")
            .post(
                "complaints/" + reference + "/files?name=declaracion-ana-ruiz.txt",
                "text/plain",
                "Declaración firmada por Ana Ruiz, testigo " + word + ", domicilio conocido.");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long file = added.json().getJsonNumber("id").longValue();
    assertThat(added.json().getBoolean("identifiesComplainant"))
        .as("files intake receives identify the complainant by default")
        .isTrue();
    // the case is worked by the demo investigator, then closed, so that the board may read it
    admin.call(
        () -> {
          Complaint complaint =
              em.createNamedQuery("Complaint.findByReference", Complaint.class)
                  .setParameter("reference", ReferenceNumber.parse(reference))
                  .getSingleResult();
          complaint.assignTo("investigator", "supervisor");
          runtime
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(reference)
              .list()
              .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test: closed", true));
          complaint.close(Instant.now());
          return null;
        });
    awaitExtracted(reference, file);

    JsonObject seenByBoard =
        Api.as("board").get("complaints/" + reference + "/files").jsonArray().getJsonObject(0);
    assertThat(seenByBoard.getBoolean("contentWithheld")).isTrue();
    assertThat(seenByBoard.get("fileName"))
        .as("the name may name the complainant")
        .isIn(null, JsonValue.NULL);
    assertThat(
            Api.as("board").get("complaints/" + reference + "/files/" + file + "/content").status())
        .isEqualTo(404);
    JsonArray refusals =
        Api.as("auditor")
            .get("audit?type=EVIDENCE_DOWNLOADED&user=board&object=" + reference)
            .json()
            .getJsonArray("items");
    assertThat(refusals).isNotEmpty();
    assertThat(refusals.getJsonObject(0).getString("outcome")).isEqualTo("DENIED");
    assertThat(
            Api.as("authority")
                .get("complaints/" + reference + "/files/" + file + "/content")
                .status())
        .isEqualTo(404);

    Api.Reply own =
        Api.as("investigator").get("complaints/" + reference + "/files/" + file + "/content");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).contains(word);
    JsonObject found = searchedOnceIndexed("investigator", word);
    assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
    // once the words are in the index, the board's search still does not reach them
    assertThat(Api.as("board").get("search?q=" + word).json().getJsonNumber("total").longValue())
        .as("the board's search does not reach the file's words")
        .isZero();
    assertThat(found.getJsonArray("hits").getJsonObject(0).getJsonArray("snippets").toString())
        .contains("<mark>");
    assertThat(Api.as("intake").get("search?q=" + word).json().getJsonNumber("total").longValue())
        .isEqualTo(1);
  }

  /**
   * The reader's search for a word of the file: the file's text reaches the index in the
   * transaction after its extraction is recorded, so the first searches may come a moment early.
   */
  private static JsonObject searchedOnceIndexed(String reader, String word)
      throws InterruptedException {
    JsonObject found = Api.as(reader).get("search?q=" + word).json();
    for (int i = 0; i < 50 && found.getJsonNumber("total").longValue() == 0; i++) {
      Thread.sleep(200);
      found = Api.as(reader).get("search?q=" + word).json();
    }
    return found;
  }

  private static void awaitExtracted(String reference, long file) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      JsonObject described =
          Api.as("intake").get("complaints/" + reference + "/files/" + file).json();
      if (described.getJsonObject("file").getString("extractionState").equals("DONE")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the file's text was not extracted within 20 s");
  }
}
