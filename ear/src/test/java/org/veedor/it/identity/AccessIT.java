package org.veedor.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/** Who may call what: credentials, roles, and the answers of the API and the pages without them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

  private static final List<String> READS =
      List.of(
          "complaints",
          "complaints/VE-2024-000001",
          "officers",
          "officers/100000",
          "units",
          "units/PN",
          "territories",
          "categories");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldAnswer401WithABasicChallengeToEveryEndpointWhenNoCredentialsAreSent() {
    Api anonymous = Api.anonymous();
    List<Api.Reply> replies = new java.util.ArrayList<>();
    READS.forEach(path -> replies.add(anonymous.get(path)));
    replies.add(anonymous.postJson("complaints", "{}"));
    replies.add(anonymous.post("officers/import", "text/csv", "badge_number\n1\n"));

    assertThat(replies)
        .allSatisfy(
            reply -> {
              assertThat(reply.status()).as(reply.body()).isEqualTo(401);
              assertThat(reply.contentType()).startsWith("application/problem+json");
              assertThat(reply.challenge()).startsWith("Basic realm=\"Veedor\"");
            });
  }

  @Test
  void shouldAnswer401WhenThePasswordIsWrong() {
    assertThat(Api.as("intake", "guess").get("complaints").status()).isEqualTo(401);
    assertThat(Api.as("nobody", "veedor").get("units").status()).isEqualTo(401);
  }

  @Test
  void shouldAnswer403WhenTheRoleDoesNotAllowIt() {
    assertThat(Api.as("admin").get("complaints").status()).isEqualTo(403);
    assertThat(Api.as("leadership").get("complaints/VE-2024-000001").status()).isEqualTo(403);
    assertThat(Api.as("intake").post("officers/import", "text/csv", "badge_number\n1\n").status())
        .isEqualTo(403);
    assertThat(Api.as("board").postJson("complaints", "{}").status()).isIn(400, 403);
    assertThat(Api.as("auditor").get("units").status()).isEqualTo(200);
  }

  @Test
  void shouldShowTheLoginPageInsteadOfAnInternalPageWhenNotSignedIn()
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    for (String page :
        List.of(
            "",
            "intake/complaint-list.xhtml",
            "intake/complaint-detail.xhtml?reference=VE-2024-000001")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(Api.BASE + page)).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("j_security_check").doesNotContain("complaints_data");
    }
  }
}
