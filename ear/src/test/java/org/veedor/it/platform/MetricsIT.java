package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;

/**
 * What an operator's Prometheus scrapes from the management interface: Veedor's own meters beside
 * the server's (the connection pool, Undertow's requests), and a registration counted as it
 * happens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

  private static final URI SCRAPE = URI.create("http://127.0.0.1:9990/prometheus");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  private String scrape() throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(SCRAPE).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The value of a sample of this name with this label (among others); 0 when there is none. */
  private static double sample(String scraped, String name, String label) {
    Matcher found =
        Pattern.compile(
                "^"
                    + Pattern.quote(name)
                    + "\\{[^}]*"
                    + Pattern.quote(label)
                    + "[^}]*\\}\\s+(\\S+)$",
                Pattern.MULTILINE)
            .matcher(scraped);
    return found.find() ? Double.parseDouble(found.group(1)) : 0;
  }

  @Test
  void shouldCountARegistrationForTheOperatorsScrape() throws Exception {
    double before = sample(scrape(), "veedor_complaints_registered_total", "channel=\"WALK_IN\"");

    Casework.register();

    String after = scrape();
    assertThat(sample(after, "veedor_complaints_registered_total", "channel=\"WALK_IN\""))
        .isEqualTo(before + 1);
  }

  @Test
  void shouldServeVeedorsMetersBesideTheServersOwn() throws Exception {
    Api.as("investigator").get("units");

    String scraped = scrape();

    assertThat(scraped)
        .as("Veedor's gauge of overdue tasks")
        .containsPattern("(?m)^veedor_tasks_overdue(\\{[^}]*\\})? \\d");
    assertThat(scraped)
        .as("the connection pool's statistics")
        .containsPattern("(?m)^datasources_pool_\\w+\\{[^}]*VeedorDS");
    assertThat(scraped)
        .as("Undertow's request statistics")
        .containsPattern("(?m)^undertow_request_count\\w*\\{[^}]*deployment=\"veedor");
  }
}
