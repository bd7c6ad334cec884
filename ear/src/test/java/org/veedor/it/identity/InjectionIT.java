package org.veedor.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/** Hostile input: markup in free text comes back escaped, SQL in query parameters stays data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InjectionIT {

  private static final String SCRIPT = "<script>alert('narrative')</script>";
  private static final String IMAGE = "\"><img src=x onerror=alert('place')>";
  private static final String BOLD = "<b onmouseover=alert('name')>Ana</b>";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void shouldEscapeMarkupFromEveryFreeTextFieldWhenTheComplaintIsShown()
      throws IOException, InterruptedException {
    String body =
        """
        {"channel": "WALK_IN", "incidentDate": "2026-02-01", "place": %s, "narrative": %s,
         "complainant": {"anonymous": false, "name": %s, "email": "ana@example.org", "phone": %s},
         "allegations": [{"categoryCode": "DISCOURTESY", "unitCode": "E-CAP-1-A"}]}
        """
            .formatted(json(IMAGE), json(SCRIPT), json(BOLD), json("<i>555</i>"));
    String reference =
        Api.as("intake").postJson("complaints", body).json().getString("referenceNumber");

    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String path = Api.BASE + "intake/complaint-detail.xhtml?reference=" + reference;
    browser.send(
        HttpRequest.newBuilder(URI.create(path)).build(), HttpResponse.BodyHandlers.discarding());
    browser.send(
        HttpRequest.newBuilder(URI.create(Api.BASE + "j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "j_username=intake&j_password=" + Api.DEMO_PASSWORD))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    String page =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(path)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(page).contains(reference);
    assertThat(page)
        .doesNotContain(SCRIPT)
        .doesNotContain("<img src=x")
        .doesNotContain("<b onmouseover")
        .doesNotContain("<i>555");
    assertThat(page)
        .contains("&lt;script&gt;")
        .contains("&lt;img src=x")
        .contains("&lt;b onmouseover");
  }

  private static String json(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void shouldTreatSqlInQueryParametersAsPlainValues() {
    List<String> payloads =
        List.of("' OR '1'='1", "x' --", "1; drop table complaint; --", "') or 1=1 --");
    Api intake = Api.as("intake");
    long total = intake.get("complaints?size=1").json().getJsonNumber("totalElements").longValue();

    for (String payload : payloads) {
      for (String parameter :
          List.of(
              "category",
              "unit",
              "territory",
              "status",
              "receivedFrom",
              "receivedTo",
              "page",
              "size")) {
        Api.Reply reply = intake.get("complaints?" + parameter + "=" + encode(payload));
        assertThat(reply.status()).as(parameter + "=" + payload).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
      }
      // a badge is at most 20 characters: longer text is refused, shorter finds no officer
      Api.Reply byOfficer = intake.get("complaints?officer=" + encode(payload));
      assertThat(byOfficer.status()).isIn(200, 400);
      if (byOfficer.status() == 200) {
        assertThat(byOfficer.json().getInt("totalElements")).isZero();
      }
      Api.Reply officers = intake.get("officers?q=" + encode(payload));
      assertThat(officers.status()).isEqualTo(200);
      assertThat(officers.json().getInt("totalElements")).isZero();
      assertThat(intake.get("complaints/" + encode(payload)).status()).isEqualTo(404);
    }
    assertThat(intake.get("complaints?size=1").json().getJsonNumber("totalElements").longValue())
        .isEqualTo(total);
  }
}
