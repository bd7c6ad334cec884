package org.veedor.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real identity provider for the OpenID Connect suite: Keycloak from Maven Central (unpacked by
 * the build under {@code veedor.it.keycloak.home}), started in development mode on port 8180 with
 * the realm {@code oidc/veedor-realm.json} imported into a fresh database, and stopped after the
 * test class. Keycloak needs Java 21 or later: {@code veedor.it.keycloak.java} names that JDK.
 */
public final class Keycloak implements BeforeAllCallback, AfterAllCallback {

  public static final String REALM_URL = "http://127.0.0.1:8180/realms/veedor";

  /** Veedor's client in the realm, and its secret (a test realm's). */
  public static final String CLIENT = "veedor";

  public static final String CLIENT_SECRET = "veedor-test-secret";
  private static final Duration START = Duration.ofSeconds(240);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Process process;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Path home = Path.of(System.getProperty("veedor.it.keycloak.home"));
    Path java = javaForKeycloak(Path.of(System.getProperty("veedor.it.keycloak.java")));
    Path data = home.resolve("data");
    if (Files.isDirectory(data)) {
      try (Stream<Path> old = Files.walk(data)) {
        old.sorted(Comparator.reverseOrder()).forEach(Keycloak::delete);
      }
    }
    Path imports = Files.createDirectories(data.resolve("import"));
    try (InputStream realm =
        Keycloak.class.getClassLoader().getResourceAsStream("oidc/veedor-realm.json")) {
      Files.copy(realm, imports.resolve("veedor-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=8180",
                "--http-management-port=9180",
                "--import-realm")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("keycloak.log").toFile());
    builder.environment().put("JAVA_HOME", java.toString());
    builder.environment().put("JAVA_OPTS_APPEND", "-Xms256m -Xmx768m");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "keycloak-test-admin");
    process = builder.start();
    Instant deadline = Instant.now().plus(START);
    while (!up()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak stopped while starting; see " + home.resolve("keycloak.log"));
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Keycloak did not answer within " + START + "; see " + home.resolve("keycloak.log"));
      }
      Thread.sleep(1000);
    }
  }

  /**
   * The JDK named by {@code veedor.it.keycloak.java}, or else the first one of Java 21 or later
   * under {@code /usr/lib/jvm} (the build itself runs on Java 17).
   */
  private static Path javaForKeycloak(Path named) throws IOException {
    if (Files.isExecutable(named.resolve("bin/java"))) {
      return named;
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> installed = Files.list(jvms)) {
        for (Path jdk : installed.sorted().toList()) {
          if (Files.isExecutable(jdk.resolve("bin/java")) && major(jdk) >= 21) {
            return jdk;
          }
        }
      }
    }
    throw new IllegalStateException(
        "Keycloak needs Java 21 or later: none at "
            + named
            + " (veedor.it.keycloak.java) nor under /usr/lib/jvm");
  }

  private static int major(Path jdk) throws IOException {
    Path release = jdk.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    for (String line : Files.readAllLines(release)) {
      if (line.startsWith("JAVA_VERSION=")) {
        String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
        return Integer.parseInt(version.split("[.+-]")[0]);
      }
    }
    return 0;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
  }

  private static boolean up() {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * An access token for a user of the realm, as a client obtains it (the password grant: the test
   * stands for the client application).
   */
  public static String accessToken(String client, String secret, String user, String password) {
    Map<String, String> form =
        secret == null
            ? Map.of(
                "grant_type", "password",
                "client_id", client,
                "username", user,
                "password", password)
            : Map.of(
                "grant_type", "password",
                "client_id", client,
                "client_secret", secret,
                "username", user,
                "password", password);
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "no token for " + user + ": " + response.statusCode() + " " + response.body());
      }
      JsonObject token = Json.createReader(new StringReader(response.body())).readObject();
      return token.getString("access_token");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An access token of Veedor's client. */
  public static String accessToken(String user, String password) {
    return accessToken(CLIENT, CLIENT_SECRET, user, password);
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
