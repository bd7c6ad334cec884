package org.veedor.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small HTTP client for Veedor's REST API, as any client of it would use it: anonymous through
 * the static methods, or as a demo user ({@code Api.as("intake")}, password {@code veedor}).
 */
public final class Api {

  public static final String BASE =
      System.getProperty("veedor.it.base", "http://127.0.0.1:8080/veedor/");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static final String DEMO_PASSWORD = "veedor";

  private final String authorization;
  private final String languages;

  private Api(String authorization) {
    this(authorization, null);
  }

  private Api(String authorization, String languages) {
    this.authorization = authorization;
    this.languages = languages;
  }

  /** The same caller, asking for answers in these languages ({@code Accept-Language}). */
  public Api speaking(String languages) {
    return new Api(authorization, languages);
  }

  /** Calls as a user of the demonstration world. */
  public static Api as(String username) {
    return as(username, DEMO_PASSWORD);
  }

  public static Api as(String username, String password) {
    String token = username + ":" + password;
    return new Api(
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Calls with an identity provider's access token (the OpenID Connect suite). */
  public static Api bearer(String accessToken) {
    return new Api("Bearer " + accessToken);
  }

  /** Calls without credentials. */
  public static Api anonymous() {
    return new Api(null);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply patch(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A multipart form of named files, as a browser sends an upload form. */
  public Reply postFiles(String path, java.util.Map<String, byte[]> files) {
    String boundary = "veedor-" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    try {
      for (var file : files.entrySet()) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + file.getKey()
                    + "\"; filename=\""
                    + file.getKey()
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(file.getValue());
        body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "api/" + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (languages != null) {
      request.header("Accept-Language", languages);
    }
    return request;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("WWW-Authenticate").orElse(null),
          response.headers().firstValue("Retry-After").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the server answered. */
  public record Reply(
      int status,
      String contentType,
      String location,
      String challenge,
      String retryAfter,
      String body) {

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    /** The names in a problem document's invalid-params. */
    public java.util.List<String> invalidParams() {
      return json().getJsonArray("invalid-params").stream()
          .map(v -> v.asJsonObject().getString("name"))
          .toList();
    }
  }
}
