package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Hostile input at scale, driven by the API's own OpenAPI document: every operation, as every role
 * and as nobody, with parameters and bodies made from the document's schemas and then broken (wrong
 * types, missing and unknown fields, injection and traversal strings, huge and deeply nested
 * values, malformed JSON, wrong content types). No answer may be a server error; every 2xx JSON
 * answer must match the schema the document gives it; every refusal of input is an RFC 9457 problem
 * document. Seeded: a failure names the seed that repeats it ({@code -Dveedor.it.fuzz.seed});
 * {@code -Dveedor.it.fuzz.rounds} sets the requests per operation and role (2 in the suite, more in
 * the long run of the {@code fuzz} profile).
 *
 * <p>Operations that would change what other tests read (retention, reindex, imports, new accounts,
 * units, territories and categories) are fuzzed with malformed bodies and wrong roles only; writes
 * to cases go to a complaint registered for the fuzzer. Each request comes from an address of its
 * own (the suite's server trusts {@code X-Forwarded-For}), so that the public endpoints' rate
 * limits of other tests are untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

  private static final List<String> USERS =
      List.of(
          "",
          "intake",
          "investigator",
          "supervisor",
          "investigator2",
          "supervisor2",
          "authority",
          "appeals",
          "board",
          "leadership",
          "auditor",
          "admin");
  private static final Set<String> HEAVY =
      Set.of(
          "POST /retention/runs",
          "POST /search/reindex",
          "POST /imports",
          "POST /reports/quarterly",
          "POST /officers/import",
          "POST /admin/accounts",
          "POST /admin/categories",
          "POST /admin/territories",
          "POST /admin/units");
  private static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "'",
          "' OR '1'='1' --",
          "1; DROP TABLE complaint; --",
          "\" onmouseover=\"alert(1)",
          "<script>alert(1)</script>",
          "../../../../etc/passwd",
          "%00",
          "\u0000",
          "-1",
          "0",
          "2147483648",
          "99999999999999999999999",
          "NaN",
          "1e309",
          "null",
          "true",
          "{}",
          "[]",
          "2026-02-30",
          "2026-13-01T25:61:00Z",
          "ñandú 漢字 🙂 \u202e",
          "*:*",
          "title:(a OR b) AND ~ ^ \\",
          "a".repeat(5000),
          // well formed, and no such thing: a real unit, category or case would be changed
          "VE-2099-999999",
          "X-NO-SUCH-UNIT",
          "NO_SUCH_CATEGORY");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private JsonObject document;
  private Random random;
  private String reference;
  private final AtomicInteger address = new AtomicInteger();

  @Test
  void shouldAnswerEveryHostileRequestWithoutAServerErrorAndWithinItsSchema() throws Exception {
    long seed = Long.getLong("veedor.it.fuzz.seed", System.nanoTime());
    int rounds = Integer.getInteger("veedor.it.fuzz.rounds", 2);
    random = new Random(seed);
    document = read(send("GET", "openapi?format=JSON", "", null, null).body());
    reference = Casework.register();

    List<String> violations = new ArrayList<>();
    Map<String, Integer> byStatus = new TreeMap<>();
    int requests = 0;
    int operations = 0;
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        operations++;
        JsonObject operation = item.getJsonObject(method);
        String name =
            method.toUpperCase(Locale.ROOT) + " " + path.substring("/veedor/api".length());
        for (String user : USERS) {
          for (int round = 0; round < rounds; round++) {
            boolean onlyMalformed = HEAVY.contains(name) && !user.isEmpty();
            Call call = call(name, path, operation, onlyMalformed);
            HttpResponse<String> response =
                send(call.method(), call.target(), user, call.contentType(), call.body());
            requests++;
            byStatus.merge(Integer.toString(response.statusCode()), 1, Integer::sum);
            String problem = judge(operation, response);
            if (problem != null) {
              violations.add(
                  "%s as %s: %s %s -> %d %s (seed %d)"
                      .formatted(
                          name,
                          user.isEmpty() ? "nobody" : user,
                          call.target(),
                          abbreviate(call.body()),
                          response.statusCode(),
                          problem,
                          seed));
            }
          }
        }
      }
    }
    System.out.printf(
        "API fuzzer: %d requests, %d operations, %d roles and nobody, seed %d, by status %s%n",
        requests, operations, USERS.size() - 1, seed, byStatus);
    assertThat(violations).as("server errors and answers outside the document").isEmpty();
  }

  /** What is wrong with the answer, or null when nothing is. */
  private String judge(JsonObject operation, HttpResponse<String> response) {
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (status >= 500) {
      return "a server error: " + abbreviate(response.body());
    }
    if (Set.of(400, 404, 409, 413, 415, 422).contains(status)
        && !response.body().isEmpty()
        && !type.startsWith("application/problem+json")) {
      return "a refusal that is not a problem document (" + type + ")";
    }
    if (status >= 200 && status < 300 && type.startsWith("application/json")) {
      JsonObject responses = operation.getJsonObject("responses");
      JsonObject documented =
          responses == null ? null : responses.getJsonObject(Integer.toString(status));
      if (documented == null || !documented.containsKey("content")) {
        return null; // nothing promised for this answer
      }
      JsonObject media = documented.getJsonObject("content").getJsonObject("application/json");
      if (media == null || !media.containsKey("schema")) {
        return null;
      }
      JsonValue body;
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        body = reader.readValue();
      } catch (JsonParsingException e) {
        return "not JSON: " + abbreviate(response.body());
      }
      String mismatch = mismatch(media.getJsonObject("schema"), body, "$");
      return mismatch == null ? null : "outside its schema: " + mismatch;
    }
    return null;
  }

  /** Where the value breaks the schema, or null when it holds. */
  private String mismatch(JsonObject schema, JsonValue value, String where) {
    if (schema.containsKey("$ref")) {
      return mismatch(resolve(schema.getString("$ref")), value, where);
    }
    for (String combined : List.of("anyOf", "oneOf")) {
      if (schema.containsKey(combined)) {
        for (JsonValue choice : schema.getJsonArray(combined)) {
          if (mismatch(choice.asJsonObject(), value, where) == null) {
            return null;
          }
        }
        return where + " matches none of " + combined;
      }
    }
    if (schema.containsKey("allOf")) {
      for (JsonValue part : schema.getJsonArray("allOf")) {
        String m = mismatch(part.asJsonObject(), value, where);
        if (m != null) {
          return m;
        }
      }
    }
    List<String> types = new ArrayList<>();
    if (schema.get("type") instanceof JsonString single) {
      types.add(single.getString());
    } else if (schema.get("type") instanceof JsonArray several) {
      several.forEach(t -> types.add(((JsonString) t).getString()));
    }
    if (!types.isEmpty() && types.stream().noneMatch(t -> fits(t, value))) {
      return where + " is " + value.getValueType() + ", the document says " + types;
    }
    if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
      return where + " = " + value + " is not one of " + schema.getJsonArray("enum");
    }
    if (value instanceof JsonObject object) {
      if (schema.containsKey("required")) {
        for (JsonValue required : schema.getJsonArray("required")) {
          if (!object.containsKey(((JsonString) required).getString())) {
            return where + " lacks " + required;
          }
        }
      }
      JsonObject properties = schema.getJsonObject("properties");
      if (properties != null) {
        for (String key : object.keySet()) {
          if (properties.containsKey(key)) {
            String m = mismatch(properties.getJsonObject(key), object.get(key), where + "." + key);
            if (m != null) {
              return m;
            }
          } else if (schema.get("additionalProperties") == JsonValue.FALSE) {
            return where + " has " + key + ", which the document does not name";
          }
        }
      }
    }
    if (value instanceof JsonArray array && schema.containsKey("items")) {
      for (int i = 0; i < array.size(); i++) {
        String m = mismatch(schema.getJsonObject("items"), array.get(i), where + "[" + i + "]");
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private static boolean fits(String type, JsonValue value) {
    return switch (type) {
      case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
      case "integer" -> value instanceof JsonNumber n && n.isIntegral();
      case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
      case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
      case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
      case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
      case "null" -> value == JsonValue.NULL;
      default -> true;
    };
  }

  private JsonObject resolve(String ref) {
    return document
        .getJsonObject("components")
        .getJsonObject("schemas")
        .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
  }

  record Call(String method, String target, String contentType, String body) {}

  /** One request for the operation: its parameters and body made from its schemas, then broken. */
  private Call call(String name, String path, JsonObject operation, boolean onlyMalformed) {
    String method = name.substring(0, name.indexOf(' '));
    String target = path.substring("/veedor/api/".length());
    StringBuilder query = new StringBuilder();
    JsonArray parameters = operation.getJsonArray("parameters");
    for (JsonValue p : parameters == null ? JsonValue.EMPTY_JSON_ARRAY : parameters) {
      JsonObject parameter = p.asJsonObject();
      String parameterName = parameter.getString("name");
      String in = parameter.getString("in");
      if (in.equals("path")) {
        String value =
            parameterName.equals("reference") && random.nextInt(3) > 0
                ? reference
                : text(parameter.getJsonObject("schema"));
        if (value.isEmpty()) {
          // an empty segment is another route (units/{code} becomes units/): the answer would be
          // judged against the wrong operation; a blank one stays on this route
          value = " ";
        }
        target = target.replace("{" + parameterName + "}", encode(value).replace("+", "%20"));
      } else if (in.equals("query") && random.nextBoolean()) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(encode(parameterName))
            .append('=')
            .append(encode(text(parameter.getJsonObject("schema"))));
      }
    }
    JsonObject requestBody = operation.getJsonObject("requestBody");
    if (requestBody == null) {
      return new Call(method, target + query, null, null);
    }
    JsonObject content = requestBody.getJsonObject("content");
    String contentType = content.keySet().iterator().next();
    JsonObject media = content.getJsonObject(contentType);
    String body;
    if (onlyMalformed || random.nextInt(4) == 0 || !contentType.equals("application/json")) {
      body = malformed();
    } else {
      body = value(media.getJsonObject("schema"), 0).toString();
    }
    if (random.nextInt(10) == 0) {
      contentType =
          List.of("text/plain", "application/xml", "application/json").get(random.nextInt(3));
    }
    if (contentType.equals("*/*") || contentType.startsWith("multipart/")) {
      contentType = "application/octet-stream";
    }
    return new Call(method, target + query, contentType, body);
  }

  private String malformed() {
    return switch (random.nextInt(8)) {
      case 0 -> "";
      case 1 -> "{";
      case 2 -> "[".repeat(20_000);
      case 3 -> "{\"a\":" + "\"x\"".repeat(1) + ",}";
      case 4 -> "null";
      case 5 -> "\"" + "z".repeat(300_000) + "\"";
      case 6 -> "{\"narrative\": 12, \"allegations\": \"none\", \"channel\": []}";
      default -> HOSTILE.get(random.nextInt(HOSTILE.size()));
    };
  }

  /** A value of the schema, sometimes of the wrong kind, with fields left out or added. */
  private JsonValue value(JsonObject schema, int depth) {
    if (schema.containsKey("$ref")) {
      return value(resolve(schema.getString("$ref")), depth);
    }
    if (random.nextInt(12) == 0 || depth > 4) {
      return List.of(JsonValue.NULL, Json.createValue(-1), Json.createValue("'"), JsonValue.TRUE)
          .get(random.nextInt(4));
    }
    if (schema.containsKey("enum")) {
      JsonArray values = schema.getJsonArray("enum");
      return random.nextInt(5) == 0
          ? Json.createValue("NOT_A_VALUE")
          : values.get(random.nextInt(values.size()));
    }
    String type = schema.get("type") instanceof JsonString t ? t.getString() : "object";
    return switch (type) {
      case "string" -> Json.createValue(text(schema));
      case "integer" ->
          Json.createValue(List.of(0L, 1L, -1L, 7L, Long.MAX_VALUE).get(random.nextInt(5)));
      case "number" -> Json.createValue(List.of(0.5, -1.0, 1e300).get(random.nextInt(3)));
      case "boolean" -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      case "array" -> {
        var array = Json.createArrayBuilder();
        int size = random.nextInt(10) == 0 ? 500 : random.nextInt(3);
        for (int i = 0; i < size; i++) {
          array.add(
              schema.containsKey("items")
                  ? value(schema.getJsonObject("items"), depth + 1)
                  : Json.createValue(text(JsonValue.EMPTY_JSON_OBJECT)));
        }
        yield array.build();
      }
      default -> {
        var object = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null) {
          for (String key : properties.keySet()) {
            if (random.nextInt(5) > 0) {
              object.add(key, value(properties.getJsonObject(key), depth + 1));
            }
          }
        }
        if (random.nextInt(6) == 0) {
          object.add("unexpected", "field");
        }
        yield object.build();
      }
    };
  }

  private String text(JsonObject schema) {
    String format = schema.getString("format", "");
    if (random.nextInt(3) == 0) {
      return switch (format) {
        case "date" -> "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
        case "date-time" -> "2026-11-0" + (1 + random.nextInt(9)) + "T10:00:00Z";
        case "int32", "int64" -> Integer.toString(random.nextInt(50));
        default -> "texto " + random.nextInt(1000);
      };
    }
    return HOSTILE.get(random.nextInt(HOSTILE.size()));
  }

  private HttpResponse<String> send(
      String method, String target, String user, String contentType, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE + "api/" + target))
            .timeout(Duration.ofSeconds(60))
            .header(
                "X-Forwarded-For",
                "10.77." + address.get() / 250 % 250 + "." + address.incrementAndGet() % 250)
            .header("Accept", "application/json");
    if (!user.isEmpty()) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":veedor").getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return HTTP.send(
        request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
