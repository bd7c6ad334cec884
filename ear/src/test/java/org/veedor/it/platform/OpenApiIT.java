package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployed;
import org.veedor.it.support.Deployments;

/**
 * The REST API's OpenAPI document, as a client generator would fetch it: every endpoint the
 * deployment serves is in it, with its method. The build then validates the document it fetched
 * against the OpenAPI 3.1 specification (Redocly's validator, execution {@code openapi-lint}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  private static final java.util.Set<String> METHODS =
      java.util.Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldDescribeEveryDeployedEndpoint() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "api/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject document;
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      document = reader.readObject();
    }
    assertThat(document.getString("openapi")).startsWith("3.1");
    String written = System.getProperty("veedor.it.openapi");
    if (written != null) {
      Path file = Path.of(written);
      Files.createDirectories(file.getParent());
      Files.writeString(file, response.body(), StandardCharsets.UTF_8);
    }

    TreeSet<String> described = new TreeSet<>();
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      // the document's paths start at the server's root: the application's context, then the API
      assertThat(path).startsWith("/veedor/api/");
      for (String method : paths.getJsonObject(path).keySet()) {
        if (!METHODS.contains(method)) {
          continue; // a path item's parameters or summary
        }
        described.add(method.toUpperCase(Locale.ROOT) + " " + path.substring("/veedor".length()));
      }
    }
    assertThat(described)
        .as("the endpoints the OpenAPI document describes")
        .containsAll(Deployed.endpoints());
  }
}
