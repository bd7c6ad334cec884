package org.veedor.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pages fetched as a browser would after signing in with the form (no script run). */
public final class Pages {

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private Pages() {}

  /** A browser session that has not signed in. */
  public static Pages anonymous() {
    return new Pages();
  }

  /** A browser session signed in as a demonstration user. */
  public static Pages signedIn(String user) {
    Pages pages = new Pages();
    pages.get("intake/complaint-list.xhtml");
    pages.send(
        HttpRequest.newBuilder(URI.create(Api.BASE + "j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "j_username=" + user + "&j_password=" + Api.DEMO_PASSWORD))
            .build());
    return pages;
  }

  /** The page's HTML. */
  public String get(String path) {
    return send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).build()).body();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
