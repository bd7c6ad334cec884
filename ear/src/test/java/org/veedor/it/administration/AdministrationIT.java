package org.veedor.it.administration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * The administrator of the demonstration world at work: accounts with handed-out passwords, the
 * unit tree, the taxonomy; every refusal in the reader's language, every change in the trail. Each
 * test works on names of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private static String fresh(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void shouldCreateAnAccountOnceWhenTwoAdministratorsAskAtTheSameMoment() throws Exception {
    for (int round = 0; round < 5; round++) {
      String username = fresh("twice.");
      String body =
          "{\"username\": \""
              + username
              + "\", \"displayName\": \"Twice\", \"roles\": [\"INTAKE\"]}";
      List<java.util.concurrent.Callable<Integer>> both =
          List.of(
              () -> Api.as("admin").postJson("admin/accounts", body).status(),
              () -> Api.as("admin").postJson("admin/accounts", body).status());
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : pool.invokeAll(both)) {
          statuses.add(answer.get());
        }
        assertThat(statuses)
            .as("one created, the other refused as taken (never a server error)")
            .containsOnlyOnce(201)
            .allMatch(status -> status == 201 || status == 400 || status == 409);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void shouldHandOutAPasswordThatOpensNothingButItsOwnChange() {
    String username = fresh("ana.");
    Api.Reply created =
        Api.as("admin")
            .postJson(
                "admin/accounts",
                "{\"username\": \""
                    + username
                    + "\", \"displayName\": \"Ana Prueba\", \"email\": \"ana@veedor.example\","
                    + " \"unitCode\": \"PN-DAN\", \"roles\": [\"INVESTIGATOR\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String handedOut = created.json().getString("oneTimePassword");
    assertThat(handedOut).hasSize(20);
    assertThat(created.json().getJsonObject("account").getBoolean("mustChangePassword")).isTrue();
    assertThat(created.json().getJsonObject("account").getString("unitCode")).isEqualTo("PN-DAN");

    Api.Reply blocked = Api.as(username, handedOut).speaking("es").get("tasks");
    assertThat(blocked.status()).isEqualTo(403);
    assertThat(blocked.json().getString("type"))
        .isEqualTo("urn:veedor:problem:password-change-required");
    assertThat(blocked.json().getString("detail")).contains("debe cambiarla");

    Api.Reply tooShort =
        Api.as(username, handedOut)
            .speaking("pt")
            .put(
                "account/password",
                "{\"currentPassword\": \"" + handedOut + "\", \"newPassword\": \"curta\"}");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.invalidParams()).containsExactly("newPassword");
    assertThat(tooShort.body()).contains("pelo menos 12 caracteres");

    String chosen = "una frase larga de Ana";
    Api.Reply changed =
        Api.as(username, handedOut)
            .put(
                "account/password",
                "{\"currentPassword\": \""
                    + handedOut
                    + "\", \"newPassword\": \""
                    + chosen
                    + "\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    assertThat(Api.as(username, handedOut).get("tasks").status()).isEqualTo(401);
    assertThat(Api.as(username, chosen).get("tasks").status()).isEqualTo(200);

    JsonObject trail =
        Api.as("auditor").get("audit?type=PERMISSION_CHANGED&object=" + username).json();
    assertThat(trail.getJsonArray("items").getJsonObject(0).getString("username"))
        .isEqualTo("admin");
    assertThat(trail.getJsonArray("items").getJsonObject(0).getString("detail"))
        .isEqualTo("roles: [] -> [INVESTIGATOR]; unit: - -> PN-DAN");
    assertThat(
            Api.as("auditor")
                .get("audit?type=PASSWORD_CHANGED&object=" + username)
                .json()
                .getJsonArray("items"))
        .hasSize(1);
  }

  /** Signs in through the login form as a browser does; answers the browser. */
  private static java.net.http.HttpClient signedIn(String username, String password)
      throws Exception {
    java.net.http.HttpClient browser =
        java.net.http.HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
            .build();
    page(browser, "intake/complaint-list.xhtml");
    browser.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "j_username=" + username + "&j_password=" + password.replace(" ", "+")))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    return browser;
  }

  private static java.net.http.HttpResponse<String> page(
      java.net.http.HttpClient browser, String path) throws Exception {
    return browser.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldEndAnOpenPageSessionOnceTheAccountIsDisabled() throws Exception {
    String username = fresh("dora.");
    String handedOut =
        Api.as("admin")
            .postJson(
                "admin/accounts",
                "{\"username\": \""
                    + username
                    + "\", \"displayName\": \"Dora\", \"roles\": [\"INTAKE\"]}")
            .json()
            .getString("oneTimePassword");
    // a handed-out password leads every page to the password page
    java.net.http.HttpClient first = signedIn(username, handedOut);
    assertThat(page(first, "intake/complaint-list.xhtml").uri().getPath())
        .endsWith("/account/password.xhtml");
    String chosen = "la frase propia de Dora";
    Api.as(username, handedOut)
        .put(
            "account/password",
            "{\"currentPassword\": \"" + handedOut + "\", \"newPassword\": \"" + chosen + "\"}");

    java.net.http.HttpClient browser = signedIn(username, chosen);
    java.net.http.HttpResponse<String> before = page(browser, "intake/complaint-list.xhtml");
    assertThat(before.body()).contains("page-title").doesNotContain("j_security_check");

    Api.as("admin").patch("admin/accounts/" + username, "{\"enabled\": false}");
    java.net.http.HttpResponse<String> after = page(browser, "intake/complaint-list.xhtml");
    assertThat(after.body()).contains("j_security_check").contains("session-ended");
    assertThat(Api.as(username, chosen).get("tasks").status()).isEqualTo(401);
  }

  @Test
  void shouldRecordEveryPermissionChangeWithItsBeforeAndAfterAndNeverTheAdminsOwn() {
    String username = fresh("beto.");
    Api.Reply created =
        Api.as("admin")
            .postJson(
                "admin/accounts",
                "{\"username\": \""
                    + username
                    + "\", \"displayName\": \"Beto\", \"roles\": [\"INTAKE\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    Api.Reply changed =
        Api.as("admin")
            .patch(
                "admin/accounts/" + username,
                "{\"roles\": [\"INVESTIGATOR\", \"SUPERVISOR\"], \"unitCode\": \"PN-DAN\","
                    + " \"enabled\": false}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getBoolean("enabled")).isFalse();

    JsonObject trail =
        Api.as("auditor").get("audit?type=PERMISSION_CHANGED&object=" + username).json();
    List<String> details =
        trail.getJsonArray("items").stream()
            .map(e -> e.asJsonObject().getString("detail"))
            .toList();
    assertThat(details)
        .contains(
            "roles: [INTAKE] -> [INVESTIGATOR, SUPERVISOR]; unit: - -> PN-DAN;"
                + " account: enabled -> disabled");

    Api.Reply own =
        Api.as("admin").speaking("es").patch("admin/accounts/admin", "{\"roles\": [\"AUDITOR\"]}");
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.json().getString("detail")).contains("otro administrador");
    assertThat(Api.as("admin").get("admin/accounts/admin").json().getJsonArray("roles").toString())
        .isEqualTo("[\"ADMIN\"]");

    Api.Reply invalid =
        Api.as("admin")
            .postJson(
                "admin/accounts",
                "{\"username\": \"Not Valid\", \"displayName\": \"\", \"email\": \"nope\","
                    + " \"unitCode\": \"NO-SUCH\", \"roles\": [\"KING\"]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.invalidParams())
        .containsExactlyInAnyOrder("username", "displayName", "email", "roles", "unitCode");
  }

  @Test
  void shouldGrowTheUnitTreeAndCloseAUnitOnlyWhenNobodyIsInIt() {
    String territory = fresh("T-").toUpperCase();
    String unit = fresh("U-").toUpperCase();
    assertThat(
            Api.as("admin")
                .postJson(
                    "admin/territories",
                    "{\"code\": \"" + territory + "\", \"name\": \"Provincia Nueva\"}")
                .status())
        .isEqualTo(201);
    Api.Reply created =
        Api.as("admin")
            .postJson(
                "admin/units",
                "{\"code\": \""
                    + unit
                    + "\", \"name\": \"Comisaría Nueva\", \"level\": \"STATION\","
                    + " \"parentCode\": \"PN\", \"territoryCode\": \""
                    + territory
                    + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getString("parentCode")).isEqualTo("PN");
    assertThat(Api.as("intake").get("units/" + unit).status()).isEqualTo(200);

    Api.Reply secondTop =
        Api.as("admin")
            .speaking("es")
            .postJson(
                "admin/units",
                "{\"code\": \"X"
                    + unit
                    + "\", \"name\": \"Otra cima\", \"level\": \"NATIONAL\", \"territoryCode\": \""
                    + territory
                    + "\"}");
    assertThat(secondTop.status()).isEqualTo(400);
    assertThat(secondTop.body()).contains("unidad superior");

    String member = fresh("carla.");
    Api.as("admin")
        .postJson(
            "admin/accounts",
            "{\"username\": \""
                + member
                + "\", \"displayName\": \"Carla\", \"unitCode\": \""
                + unit
                + "\", \"roles\": [\"INTAKE\"]}");
    Api.Reply refused = Api.as("admin").postJson("admin/units/" + unit + "/closing", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("1 accounts");

    Api.as("admin").patch("admin/accounts/" + member, "{\"unitCode\": \"\"}");
    Api.Reply closed = Api.as("admin").postJson("admin/units/" + unit + "/closing", "");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().getString("closedOn")).isNotBlank();
    Api.Reply intoClosed =
        Api.as("admin").patch("admin/accounts/" + member, "{\"unitCode\": \"" + unit + "\"}");
    assertThat(intoClosed.status()).isEqualTo(400);
    assertThat(intoClosed.invalidParams()).containsExactly("unitCode");

    List<String> changes =
        Api.as("auditor")
            .get("audit?type=ORGANISATION_CHANGED&object=" + unit)
            .json()
            .getJsonArray("items")
            .stream()
            .map(e -> e.asJsonObject().getString("detail"))
            .toList();
    assertThat(changes).anyMatch(d -> d.startsWith("closed: open -> closed on "));
    assertThat(changes).anyMatch(d -> d.startsWith("created: name Comisaría Nueva"));
  }

  @Test
  void shouldAddACategoryInThreeLanguagesRetireItAndKeepItsCode() {
    String code = fresh("CAT_").toUpperCase().replace('-', '_');
    Api.Reply missingNames =
        Api.as("admin")
            .postJson(
                "admin/categories",
                "{\"code\": \""
                    + code
                    + "\", \"group\": \"CONDUCT\", \"nameEn\": \"Only English\"}");
    assertThat(missingNames.status()).isEqualTo(400);
    assertThat(missingNames.invalidParams()).containsExactlyInAnyOrder("nameEs", "namePt");

    Api.Reply added =
        Api.as("admin")
            .postJson(
                "admin/categories",
                "{\"code\": \""
                    + code
                    + "\", \"group\": \"CONDUCT\", \"serious\": false,"
                    + " \"nameEn\": \"Misuse of databases\", \"nameEs\": \"Uso indebido de bases de datos\","
                    + " \"namePt\": \"Uso indevido de bases de dados\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(
            Api.as("intake").get("categories").jsonArray().stream().map(JsonValueCode::of).toList())
        .contains(code);

    Api.Reply regrouped =
        Api.as("admin").patch("admin/categories/" + code, "{\"group\": \"RIGHTS\"}");
    assertThat(regrouped.json().getString("group")).isEqualTo("RIGHTS");
    Api.Reply retired = Api.as("admin").postJson("admin/categories/" + code + "/retirement", "");
    assertThat(retired.json().getBoolean("active")).isFalse();

    List<String> changes =
        Api.as("auditor")
            .get("audit?type=TAXONOMY_CHANGED&object=" + code)
            .json()
            .getJsonArray("items")
            .stream()
            .map(e -> e.asJsonObject().getString("detail"))
            .toList();
    assertThat(changes).contains("active -> retired");
    assertThat(changes)
        .anyMatch(d -> d.startsWith("group CONDUCT") && d.contains("-> group RIGHTS"));
  }

  /** The code of a category in the list. */
  private static final class JsonValueCode {
    static String of(jakarta.json.JsonValue value) {
      return value.asJsonObject().getString("code");
    }
  }
}
