package org.veedor.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.bench.ResultsFile;
import org.veedor.it.support.Api;
import org.veedor.it.support.Deployments;

/**
 * Relevance, not only speed: the relevance set written for Veedor ({@code relevance/corpus.json}:
 * complaints in Spanish, Portuguese and English, and queries with the complaints each must find)
 * registered through the API in a territory of its own, each query asked through {@code GET
 * /api/search} as the auditor, scored as recall at 20 and mean reciprocal rank.
 *
 * <p>Each query is asked twice: as typed (the region's other words for a thing and names spelt
 * otherwise found too) and with each of its words in quotes, which finds the words alone as the
 * search did before the thesaurus and the names by sound: the "before" figures, measured in the
 * same run on the same index. The figures go to {@code target/relevance-<database>.md}, and with
 * {@code -Dveedor.relevance.write=true} into {@code docs/benchmarks/relevance.md}; the test fails
 * when the figures as typed fall below a floor set under the measured ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class RelevanceIT {

  /**
   * Floors a little under the figures measured when the set was written: a drop is a regression.
   */
  private static final double RECALL_FLOOR = 0.90;

  private static final double MRR_FLOOR = 0.85;

  private static final int CUT = 20;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  record Query(String key, String language, String kind, String text, Set<String> relevant) {}

  record Score(double recall, double reciprocalRank) {}

  @Test
  void shouldFindWhatEachQueryOfTheRelevanceSetAsksFor() throws Exception {
    JsonObject corpus = corpus();
    String territory = territory();
    Map<String, String> keyByReference = new HashMap<>();
    for (JsonValue value : corpus.getJsonArray("complaints")) {
      JsonObject complaint = value.asJsonObject();
      keyByReference.put(
          register(territory, complaint.getString("narrative"), complaint.getString("category")),
          complaint.getString("key"));
    }
    awaitIndexed(territory, keyByReference.size());

    List<Query> queries = new ArrayList<>();
    for (JsonValue value : corpus.getJsonArray("queries")) {
      JsonObject query = value.asJsonObject();
      queries.add(
          new Query(
              query.getString("key"),
              query.getString("language"),
              query.getString("kind"),
              query.getString("text"),
              query.getJsonArray("relevant").stream()
                  .map(v -> ((jakarta.json.JsonString) v).getString())
                  .collect(Collectors.toSet())));
    }
    assertThat(queries).as("at least 60 queries").hasSizeGreaterThanOrEqualTo(60);

    Map<String, Score> typed = new LinkedHashMap<>();
    Map<String, Score> quoted = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    for (Query query : queries) {
      List<String> found = search(territory, query.text(), keyByReference);
      Score score = score(found, query.relevant());
      typed.put(query.key(), score);
      quoted.put(
          query.key(),
          score(search(territory, quoted(query.text()), keyByReference), query.relevant()));
      if (score.recall() < 1) {
        misses.add(
            query.key()
                + " \""
                + query.text()
                + "\" missed "
                + query.relevant().stream().filter(k -> !found.contains(k)).sorted().toList());
      }
    }

    String database = System.getProperty("veedor.it.database", "h2");
    String section = section(database, queries, typed, quoted, misses);
    System.out.println(section);
    write(database, section);

    Score all = mean(queries, typed, q -> true);
    assertThat(all.recall())
        .as("recall at 20 as typed; missed: " + misses)
        .isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(all.reciprocalRank())
        .as("mean reciprocal rank as typed")
        .isGreaterThanOrEqualTo(MRR_FLOOR);
    for (String kind : List.of("words", "vocabulary", "name")) {
      Score before = mean(queries, quoted, q -> q.kind().equals(kind));
      Score after = mean(queries, typed, q -> q.kind().equals(kind));
      assertThat(after.recall())
          .as("as typed finds at least what the words alone find, " + kind)
          .isGreaterThanOrEqualTo(before.recall());
    }
  }

  private static JsonObject corpus() throws IOException {
    try (InputStream in = RelevanceIT.class.getResourceAsStream("/relevance/corpus.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  /** A territory of the set's own, so that neither the demo world nor other tests' cases count. */
  private static String territory() {
    StringBuilder code = new StringBuilder("REL");
    for (int i = 0; i < 6; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    Api.Reply created =
        Api.as("admin")
            .postJson(
                "admin/territories",
                Json.createObjectBuilder()
                    .add("code", code.toString())
                    .add("name", "Relevance set " + code)
                    .build()
                    .toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return code.toString();
  }

  private static String register(String territory, String narrative, String category) {
    String body =
        Json.createObjectBuilder()
            .add("channel", "PHONE")
            .add("incidentDate", "2026-03-14")
            .add("territoryCode", territory)
            .add("narrative", narrative)
            .add("complainant", Json.createObjectBuilder().add("anonymous", true))
            .add(
                "allegations",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("categoryCode", category)))
            .build()
            .toString();
    Api.Reply reply = Api.as("intake").postJson("complaints", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getString("referenceNumber");
  }

  private static void awaitIndexed(String territory, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    long total = -1;
    while (System.nanoTime() < deadline) {
      JsonObject results =
          Api.as("auditor").get("search?q=territory:" + territory + "&size=1").json();
      total = results.getJsonNumber("total").longValue();
      if (total == count) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(total + " of " + count + " complaints indexed");
  }

  /** The keys of the set's complaints found, best first, at most the first 20. */
  private static List<String> search(
      String territory, String text, Map<String, String> keyByReference) {
    String query = "(" + text + ") AND territory:" + territory;
    Api.Reply reply =
        Api.as("auditor")
            .get("search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=" + CUT);
    assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("hits").stream()
        .map(h -> keyByReference.get(h.asJsonObject().getString("reference")))
        .toList();
  }

  /** Each word of a query in quotes: the words alone, as the search found them before. */
  static String quoted(String text) {
    return java.util.Arrays.stream(text.strip().split("\\s+"))
        .map(word -> "\"" + word.replace("\"", "") + "\"")
        .collect(Collectors.joining(" "));
  }

  static Score score(List<String> found, Set<String> relevant) {
    long hits = found.stream().limit(CUT).filter(relevant::contains).count();
    double reciprocal = 0;
    for (int i = 0; i < found.size() && i < CUT; i++) {
      if (relevant.contains(found.get(i))) {
        reciprocal = 1.0 / (i + 1);
        break;
      }
    }
    return new Score((double) hits / relevant.size(), reciprocal);
  }

  private static Score mean(
      List<Query> queries, Map<String, Score> scores, Predicate<Query> which) {
    List<Score> chosen = queries.stream().filter(which).map(q -> scores.get(q.key())).toList();
    if (chosen.isEmpty()) {
      return new Score(Double.NaN, Double.NaN);
    }
    return new Score(
        chosen.stream().mapToDouble(Score::recall).average().orElseThrow(),
        chosen.stream().mapToDouble(Score::reciprocalRank).average().orElseThrow());
  }

  private static String section(
      String database,
      List<Query> queries,
      Map<String, Score> typed,
      Map<String, Score> quoted,
      List<String> misses) {
    StringBuilder table = new StringBuilder();
    table.append("| queries | n | recall@20 before | recall@20 after | MRR before | MRR after |\n");
    table.append("|---|---:|---:|---:|---:|---:|\n");
    Map<String, Predicate<Query>> rows = new LinkedHashMap<>();
    rows.put("all", q -> true);
    for (String kind : List.of("words", "vocabulary", "name")) {
      rows.put("kind " + kind, q -> q.kind().equals(kind));
    }
    for (String language : List.of("es", "pt", "en")) {
      rows.put("language " + language, q -> q.language().equals(language));
    }
    for (Map.Entry<String, Predicate<Query>> row : rows.entrySet()) {
      Score before = mean(queries, quoted, row.getValue());
      Score after = mean(queries, typed, row.getValue());
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
              row.getKey(),
              queries.stream().filter(row.getValue()).count(),
              before.recall(),
              after.recall(),
              before.reciprocalRank(),
              after.reciprocalRank()));
    }
    return String.format(
        Locale.ROOT,
        """
        <!-- %1$s -->
        ## %1$s

        Commit `%2$s`, %3$s; %4$s. The auditor asks `GET /api/search`
        (signed in, over HTTP) for each query within the set's own territory; "after" is the query as
        typed, "before" the same query with each word in quotes (the words alone, as the search found
        them before the thesaurus and the names by sound).

        %5$s
        Queries as typed that missed a relevant complaint: %6$s

        <!-- /%1$s -->
        """,
        database,
        ResultsFile.commit(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        ResultsFile.machine(),
        table,
        misses.isEmpty() ? "none." : "\n\n- " + String.join("\n- ", misses));
  }

  private static void write(String database, String section) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root.getParent() != null && !Files.exists(root.resolve("mvnw"))) {
      root = root.getParent();
    }
    Path file =
        Boolean.getBoolean("veedor.relevance.write")
            ? root.resolve("docs/benchmarks/relevance.md")
            : Path.of("target", "relevance.md");
    ResultsFile.put(
        file,
        "# Search relevance: recall at 20 and mean reciprocal rank\n\n"
            + "Written by `ear/src/test/java/org/veedor/it/search/RelevanceIT.java` over the set in"
            + " `ear/src/test/resources/relevance/corpus.json`, one section per database (README,"
            + " Benchmarks).\n\n",
        database,
        section);
  }
}
