package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Deployments;

/**
 * The server's health endpoints as an operator's load balancer reads them: ready with Veedor's own
 * checks, unready while the data folder takes no file, and ready again once it is fixed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  private static final URI READY = URI.create("http://127.0.0.1:9990/health/ready");
  private static final URI LIVE = URI.create("http://127.0.0.1:9990/health/live");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  private record Health(int status, JsonObject body) {
    Map<String, String> checks() {
      return body.getJsonArray("checks").stream()
          .map(JsonValue::asJsonObject)
          .collect(
              Collectors.toMap(c -> c.getString("name"), c -> c.getString("status"), (a, b) -> a));
    }
  }

  private Health health(URI endpoint) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.ofString());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return new Health(response.statusCode(), reader.readObject());
    }
  }

  @Test
  void shouldBeReadyWithVeedorsOwnChecksAndLive() throws Exception {
    Health ready = health(READY);
    assertThat(ready.status()).as(ready.body().toString()).isEqualTo(200);
    assertThat(ready.checks())
        .containsEntry("database", "UP")
        .containsEntry("data-folder", "UP")
        .containsEntry("personal-data-key", "UP")
        .containsEntry("search-index", "UP")
        .containsEntry("job-executor", "UP");
    Health live = health(LIVE);
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.checks()).containsEntry("job-executor", "UP");
  }

  @Test
  void shouldBeUnreadyWhileTheDataFolderTakesNoFileAndReadyOnceFixed() throws Exception {
    // the case files' folder replaced by a plain file, as a failed mount would leave it
    Path files = Path.of(System.getProperty("veedor.it.files"));
    Files.createDirectories(files);
    Path away = files.resolveSibling("files.away");
    Files.move(files, away);
    try {
      Files.writeString(files, "not a folder");
      Health broken = health(READY);
      assertThat(broken.status()).isEqualTo(503);
      assertThat(broken.body().getString("status")).isEqualTo("DOWN");
      assertThat(broken.checks())
          .containsEntry("data-folder", "DOWN")
          .containsEntry("database", "UP");
    } finally {
      Files.deleteIfExists(files);
      Files.move(away, files);
    }
    Health fixed = health(READY);
    assertThat(fixed.status()).as(fixed.body().toString()).isEqualTo(200);
    assertThat(fixed.checks()).containsEntry("data-folder", "UP");
  }
}
