package org.veedor.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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

/** Headers, session fixation and cross-site request forgery, as a browser would meet them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String contentType, String body, String origin)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private void signIn(String user) throws IOException, InterruptedException {
    get("intake/complaint-list.xhtml");
    post(
        "j_security_check",
        "application/x-www-form-urlencoded",
        "j_username=" + user + "&j_password=" + Api.DEMO_PASSWORD,
        null);
  }

  @Test
  void shouldSendSecurityHeadersWithPagesAndApiAnswers() throws IOException, InterruptedException {
    HttpResponse<String> page = get("login.xhtml");
    HttpResponse<String> api = get("api/units");

    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("script-src 'self'")
        .contains("'nonce-");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(api.headers().firstValue("Content-Security-Policy"))
        .contains("default-src 'none'; frame-ancestors 'none'");
    assertThat(api.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.contains("JSESSIONID") && !c.contains("HttpOnly"));
  }

  @Test
  void shouldGiveANewSessionIdWhenSigningIn() throws IOException, InterruptedException {
    get("intake/complaint-list.xhtml");
    String before = sessionId();

    post(
        "j_security_check",
        "application/x-www-form-urlencoded",
        "j_username=intake&j_password=veedor",
        null);

    assertThat(before).isNotNull();
    assertThat(sessionId()).isNotNull().isNotEqualTo(before);
    assertThat(get("intake/complaint-list.xhtml").body()).contains("complaints_data");
  }

  @Test
  void shouldRefuseAChangeRidingOnTheSessionWhenItComesFromAnotherSite()
      throws IOException, InterruptedException {
    signIn("intake");

    HttpResponse<String> forged =
        post("api/complaints", "application/json", "{}", "https://evil.example");
    HttpResponse<String> noOrigin = post("api/complaints", "application/json", "{}", null);
    HttpResponse<String> ownPage =
        post("api/complaints", "application/json", "{}", Api.BASE.replaceAll("/veedor/$", ""));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(noOrigin.statusCode()).isEqualTo(403);
    // from Veedor's own pages the request goes through to validation
    assertThat(ownPage.statusCode()).isEqualTo(400);
  }
}
