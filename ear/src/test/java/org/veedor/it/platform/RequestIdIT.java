package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * A user reports a refusal; the operator finds it: every answer names its request id in {@code
 * X-Request-Id} (the proxy's or the client's when it sent one, a new one otherwise), and every
 * problem document carries the same id.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestIdIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> refused(String requestId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE + "api/admin/accounts"))
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("intake:veedor".getBytes()));
    if (requestId != null) {
      request.header("X-Request-Id", requestId);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void shouldNameTheRequestInItsAnswerAndItsProblemDocument() throws Exception {
    HttpResponse<String> given = refused("proxy-req-20261203-0001");
    assertThat(given.statusCode()).isEqualTo(403);
    assertThat(given.headers().firstValue("X-Request-Id")).contains("proxy-req-20261203-0001");
    assertThat(json(given.body()).getString("requestId")).isEqualTo("proxy-req-20261203-0001");

    HttpResponse<String> fresh = refused(null);
    String id = fresh.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(id).matches("[0-9a-f-]{36}");
    assertThat(json(fresh.body()).getString("requestId")).isEqualTo(id);

    HttpResponse<String> hostile = refused("<script>alert(1)</script>");
    assertThat(hostile.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
  }
}
