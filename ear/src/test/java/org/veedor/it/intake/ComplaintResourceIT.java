package org.veedor.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.Officers;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintResourceIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private static String complaint(String allegations) {
    return """
        {"channel": "WALK_IN", "incidentDate": "2024-03-10", "place": "Mercado central",
         "territoryCode": "NOR", "narrative": "El agente me pidió dinero para devolverme los papeles.",
         "complainant": {"anonymous": true},
         "allegations": [%s]}
        """
        .formatted(allegations);
  }

  @Test
  void shouldKeepTheUnitTheOfficerServedInOnTheIncidentDateWhenRegistering() {
    String badge = Officers.uniqueBadge();
    Api.as("admin")
        .post(
            "officers/import",
            "text/csv",
            Officers.csv(badge + ",Jorge,Cárdenas,OFFICER,ACTIVE,E-NOR-1-B,2020-01-01"));
    Api.as("admin")
        .post(
            "officers/import",
            "text/csv",
            Officers.csv(badge + ",Jorge,Cárdenas,OFFICER,ACTIVE,E-SUR-2-A,2025-06-01"));

    Api.Reply created =
        Api.as("intake")
            .postJson(
                "complaints",
                complaint("{\"categoryCode\": \"BRIBERY\", \"badgeNumber\": \"" + badge + "\"}"));

    assertThat(created.status()).isEqualTo(201);
    String reference = created.json().getString("referenceNumber");
    assertThat(reference).matches("VE-\\d{4}-\\d{6}");
    assertThat(created.location()).endsWith("/api/complaints/" + reference);
    JsonObject read = Api.as("intake").get("complaints/" + reference).json();
    assertThat(read.getString("status")).as("registered, then in triage").isEqualTo("TRIAGE");
    assertThat(read.getBoolean("anonymous")).isTrue();
    assertThat(read.getJsonArray("allegations").getJsonObject(0).getString("unitCode"))
        .isEqualTo("E-NOR-1-B");
    // the list follows the unit of the incident date, whole subtree included, not today's unit
    assertThat(
            Api.as("intake")
                .get("complaints?unit=R-NOR&officer=" + badge)
                .json()
                .getInt("totalElements"))
        .isEqualTo(1);
    assertThat(
            Api.as("intake")
                .get("complaints?unit=R-SUR&officer=" + badge)
                .json()
                .getInt("totalElements"))
        .isZero();
    assertThat(
            Api.as("intake")
                .get("complaints?category=BRIBERY&officer=" + badge + "&territory=NOR")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("referenceNumber"))
        .isEqualTo(reference);
  }

  @Test
  void shouldNameEachMissingFieldWhenTheBodyIsAnEmptyObject() {
    Api.Reply reply = Api.as("intake").postJson("complaints", "{}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getInt("status")).isEqualTo(400);
    assertThat(reply.invalidParams())
        .contains("channel", "incidentDate", "narrative", "allegations");
  }

  @Test
  void shouldNameTheUnknownCodesOfEachAllegationWhenRegistering() {
    Api.Reply reply =
        Api.as("intake")
            .postJson(
                "complaints",
                complaint(
                    "{\"categoryCode\": \"BRIBERY\"}, {\"categoryCode\": \"NOPE\", \"badgeNumber\": \"ZZZ999\"}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.invalidParams())
        .containsExactlyInAnyOrder("allegations[1].categoryCode", "allegations[1].badgeNumber");
  }

  @Test
  void shouldRefuseWithoutA500WhenTheBodyIsHugeOrNotJson() {
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMegabytes, (byte) '{');

    Api.Reply huge = Api.as("intake").postBytes("complaints", "application/json", tenMegabytes);
    Api.Reply text = Api.as("intake").post("complaints", "text/plain", "I want to complain");
    Api.Reply notJson =
        Api.as("intake").post("complaints", "application/json", "I want to complain");
    Api.Reply wrongShape = Api.as("intake").post("complaints", "application/json", "[1, 2, 3]");
    Api.Reply badValue =
        Api.as("intake")
            .post(
                "complaints",
                "application/json",
                "{\"channel\": \"CARRIER_PIGEON\", \"incidentDate\": \"ayer\"}");
    Api.Reply binary =
        Api.as("intake")
            .postBytes(
                "complaints",
                "application/json",
                "\u0000\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1));

    Api.Reply badChannel =
        Api.as("intake")
            .post(
                "complaints",
                "application/json",
                "{\"channel\": \"CARRIER_PIGEON\", \"incidentDate\": \"2026-01-01\"}");

    assertThat(badChannel.status()).isEqualTo(400);
    assertThat(badChannel.invalidParams()).containsExactly("channel");
    assertThat(huge.status()).isIn(400, 413);
    assertThat(text.status()).isIn(400, 415);
    for (Api.Reply reply : List.of(huge, text, notJson, wrongShape, badValue, binary)) {
      assertThat(reply.status()).isBetween(400, 499);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
  }

  @Test
  void shouldAnswerProblemsForBadQueryParametersAndUnknownReferences() {
    Api.Reply badParams =
        Api.as("intake").get("complaints?size=lots&status=LOST&receivedFrom=yesterday");
    Api.Reply unknown = Api.as("intake").get("complaints/VE-1999-000001");
    Api.Reply malformed = Api.as("intake").get("complaints/%3Cscript%3E");

    assertThat(badParams.status()).isEqualTo(400);
    assertThat(badParams.invalidParams())
        .containsExactlyInAnyOrder("size", "status", "receivedFrom");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(malformed.status()).isEqualTo(404);
  }

  @Test
  void shouldListDemoComplaintsInPagesNewestFirst() {
    // the auditor sees every case, sealed ones included: the whole demo world
    JsonObject page = Api.as("auditor").get("complaints?size=5").json();
    JsonObject next = Api.as("auditor").get("complaints?size=5&page=1").json();

    assertThat(page.getJsonArray("items")).hasSize(5);
    assertThat(page.getInt("totalElements")).isGreaterThanOrEqualTo(2000);
    String lastOfFirst = page.getJsonArray("items").getJsonObject(4).getString("receivedAt");
    String firstOfNext = next.getJsonArray("items").getJsonObject(0).getString("receivedAt");
    assertThat(lastOfFirst.compareTo(firstOfNext)).isGreaterThanOrEqualTo(0);
    JsonObject closed =
        Api.as("auditor")
            .get("complaints?status=CLOSED&receivedFrom=2023-01-01&receivedTo=2023-12-31&size=50")
            .json();
    assertThat(closed.getInt("totalElements")).isPositive();
    assertThat(closed.getJsonArray("items"))
        .allSatisfy(c -> assertThat(c.asJsonObject().getString("status")).isEqualTo("CLOSED"))
        .allSatisfy(c -> assertThat(c.asJsonObject().getString("receivedAt")).startsWith("2023"));
  }

  @Test
  void shouldGiveFiftyConcurrentRegistrationsFiftyDistinctReferencesWithoutGaps() throws Exception {
    int registrations = 50;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(registrations);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < registrations; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return Api.as("intake")
                      .postJson(
                          "complaints",
                          complaint(
                              "{\"categoryCode\": \"DISCOURTESY\", \"unitCode\": \"E-CAP-1-A\"}"));
                }));
      }
      start.countDown();
      List<String> references = new ArrayList<>();
      for (Future<Api.Reply> reply : replies) {
        Api.Reply r = reply.get();
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        references.add(r.json().getString("referenceNumber"));
      }

      assertThat(references).doesNotHaveDuplicates().hasSize(registrations);
      List<Integer> serials =
          references.stream()
              .map(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1)))
              .sorted()
              .toList();
      assertThat(references.stream().map(r -> r.substring(0, 7)).distinct()).hasSize(1);
      assertThat(serials.get(serials.size() - 1) - serials.get(0)).isEqualTo(registrations - 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
