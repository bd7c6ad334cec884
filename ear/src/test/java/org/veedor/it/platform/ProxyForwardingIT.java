package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * Behind a reverse proxy ({@code veedor.proxy.forwarding}, on in the test servers), the public's
 * rate limits count the address the proxy names in {@code X-Forwarded-For}: two members of the
 * public behind the same proxy have a bucket each, and one who used theirs up leaves the other's
 * untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProxyForwardingIT {

  /** The test servers' public lookups per ten minutes ({@code veedor.public.lookups}). */
  private static final int LOOKUPS = 200;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  /** As a reverse proxy talks to the server behind it: HTTP/1.1, one request after another. */
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private int asked;

  /** A lookup of a reference nobody holds, each time another (a wrong one locks its receipt). */
  private int follow(String forwardedFor) throws Exception {
    String reference = String.format("VE-1999-%06d", 900_000 + ++asked);
    return http.send(
            HttpRequest.newBuilder(URI.create(Api.BASE + "api/public/follow"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"reference\": \""
                            + reference
                            + "\", \"passphrase\": \"aaaa-bbbb-cccc-dddd\"}"))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void shouldGiveEachForwardedAddressItsOwnBucket() throws Exception {
    String first = "203.0.113." + (1 + (int) (System.nanoTime() % 120));
    String second = "198.51.100." + (1 + (int) (System.nanoTime() % 120));
    int answered = 0;
    int status = 0;
    for (int i = 0; i <= LOOKUPS && (status = follow(first)) != 429; i++) {
      answered++;
    }
    assertThat(status).as("the first address used up its lookups").isEqualTo(429);
    assertThat(answered).isLessThanOrEqualTo(LOOKUPS);
    assertThat(follow(second)).as("the second address behind the same proxy").isEqualTo(404);
    assertThat(follow(first)).isEqualTo(429);
  }
}
