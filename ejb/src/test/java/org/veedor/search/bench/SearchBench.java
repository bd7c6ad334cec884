package org.veedor.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.flywaydb.core.Flyway;
import org.veedor.demo.DemoWorld;
import org.veedor.search.infrastructure.CaseQueryParser;

/**
 * Full-text search at scale: the demonstration generator's complaints (narratives of at least 100
 * words, Spanish and English) in a PostgreSQL database of their own; Lucene with Veedor's
 * analyzers, fields and query parser against PostgreSQL's full-text search (tsvector with GIN, the
 * {@code spanish} and {@code english} configurations, {@code pg_trgm} for names) on the same corpus
 * and the same queries, in the same run. Writes its figures and the machine to a Markdown file.
 *
 * <p>{@code ./mvnw -Pbench -pl ejb verify} (sizes in {@code -Dbench.sizes=100000,1000000}).
 */
public final class SearchBench {

  private static final int WARM_UP = 30;
  private static final int RUNS = 200;

  /** The fixed mix: each query type as Lucene's syntax and PostgreSQL's equivalent. */
  record Probe(String type, String lucene, String tsConfig, String tsQuery, String name) {}

  static final List<Probe> PROBES =
      List.of(
          new Probe("term", "soborno", "spanish", "soborno", null),
          new Probe("term", "dinero", "spanish", "dinero", null),
          new Probe("term", "threatened", "english", "threatened", null),
          new Probe("term", "bribe", "english", "bribe", null),
          new Probe(
              "phrase",
              "\"exigieron un soborno\"",
              "spanish",
              "exigieron <-> un <-> soborno",
              null),
          new Probe(
              "phrase",
              "\"aceptó dinero del conductor\"",
              "spanish",
              "aceptó <-> dinero <-> del <-> conductor",
              null),
          new Probe("phrase", "\"demanded a bribe\"", "english", "demanded <-> a <-> bribe", null),
          new Probe("fuzzy name", "officer:gonzales~1", null, null, "Gonzales"),
          new Probe("fuzzy name", "officer:rodrigez~1", null, null, "Rodrigez"),
          new Probe("facets", "soborno", "spanish", "soborno", null),
          new Probe("facets", "threatened", "english", "threatened", null));

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    String adminUrl = arg(args, 0, "jdbc:postgresql://127.0.0.1:5432/postgres");
    String user = arg(args, 1, "postgres");
    Path results = Path.of(arg(args, 2, "docs/benchmarks"));
    int[] sizes =
        Arrays.stream(arg(args, 3, "100000").split(",")).mapToInt(Integer::parseInt).toArray();
    Files.createDirectories(results);
    StringBuilder report = new StringBuilder();
    report.append(
        "# Full-text search: Lucene (Veedor's index) against PostgreSQL full-text search\n\n");
    report.append(
        "Corpus: the demonstration generator (`DemoWorld`, narratives of at least 100 words, three in"
            + " four Spanish, one in four English). Lucene 9.11.1 with Veedor's analyzers, fields and"
            + " query parser (`CaseQueryParser`), on a local directory; PostgreSQL 15 with a stored"
            + " `tsvector` column (`spanish` or `english` by the narrative's language) and a GIN"
            + " index, `pg_trgm` with a GIN index for officers' names. Each query answers the top 20"
            + " by relevance and the exact count; facets count status, category and territory over"
            + " all matches. Fuzzy names: Lucene's edit distance 1 on every name of the officers"
            + " named (accents folded), PostgreSQL's trigram similarity on family names (its default"
            + " threshold 0.3, accents kept), newest first; the two tolerate different misspellings,"
            + " so their counts differ. "
            + WARM_UP
            + " warm-up runs, then "
            + RUNS
            + " measured runs of each query, one at a time. Command: `./mvnw -Pbench -pl ejb"
            + " -am verify -DskipTests -Dbench.sizes=...`.\n\n");
    Path file = results.resolve("search.md");
    for (int size : sizes) {
      String section = run(adminUrl, user, size);
      // each size's section replaces only the one measured before at that size: a run at 100,000
      // leaves the figures at one million as they were
      String text = Files.exists(file) ? Files.readString(file) : "";
      int body = text.indexOf("\n## ");
      Files.writeString(
          file, report + withSection(body < 0 ? "" : text.substring(body + 1), size, section));
      System.out.println(section);
    }
  }

  /** The sections of a results file with the one of a size put in its place, sizes in order. */
  static String withSection(String sections, int size, String section) {
    java.util.TreeMap<Integer, String> bySize = new java.util.TreeMap<>();
    for (String part : sections.split("(?m)^(?=## )")) {
      java.util.regex.Matcher heading =
          java.util.regex.Pattern.compile("^## ([0-9,]+) complaints").matcher(part);
      if (heading.find()) {
        bySize.put(Integer.parseInt(heading.group(1).replace(",", "")), part.strip() + "\n\n");
      }
    }
    bySize.put(size, section.strip() + "\n\n");
    return String.join("", bySize.values());
  }

  private static String arg(String[] args, int i, String fallback) {
    return args.length > i && !args[i].isBlank() && !args[i].startsWith("${") ? args[i] : fallback;
  }

  public static String machine() {
    return String.format(
        Locale.ROOT,
        "Machine: %d cores, %.1f GiB memory seen by the JVM (max heap %.1f GiB), Java %s, %s %s; run"
            + " %s.%n",
        Runtime.getRuntime().availableProcessors(),
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            / 1073741824.0,
        Runtime.getRuntime().maxMemory() / 1073741824.0,
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        LocalDate.now(ZoneOffset.UTC));
  }

  /** A new PostgreSQL database with Veedor's schema (dropped first if there); its URL. */
  public static String freshDatabase(String adminUrl, String user, String database)
      throws SQLException {
    try (Connection admin = DriverManager.getConnection(adminUrl, user, "")) {
      admin.setAutoCommit(true);
      try (Statement s = admin.createStatement()) {
        s.execute("drop database if exists " + database);
        s.execute("create database " + database);
      }
    }
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
    Flyway.configure()
        .dataSource(url, user, "")
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .load()
        .migrate();
    return url;
  }

  private static String run(String adminUrl, String user, int size) throws Exception {
    String url = freshDatabase(adminUrl, user, "veedor_bench_" + size);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "## %,d complaints%n%n", size));
    out.append(machine()).append('\n');
    try (Connection db = DriverManager.getConnection(url, user, "")) {
      long t0 = System.nanoTime();
      db.setAutoCommit(false);
      DemoWorld.Summary summary =
          DemoWorld.ofComplaints(size).withNarrativesOfAtLeast(100).writeTo(db);
      db.commit();
      db.setAutoCommit(true);
      double generated = seconds(t0);
      long words;
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select avg(array_length(regexp_split_to_array(narrative, '\\s+'), 1)),"
                      + " min(array_length(regexp_split_to_array(narrative, '\\s+'), 1)),"
                      + " max(array_length(regexp_split_to_array(narrative, '\\s+'), 1)) from complaint")) {
        rs.next();
        words = rs.getLong(1);
        out.append(
            String.format(
                Locale.ROOT,
                "Generated %,d complaints, %,d allegations, %,d officers in %.0f s; narratives of %d"
                    + " to %d words (%d on average).%n%n",
                summary.complaints(),
                summary.allegations(),
                summary.officers(),
                generated,
                rs.getLong(2),
                rs.getLong(3),
                words));
      }

      // PostgreSQL: the stored tsvector, its GIN index, trigram index on names
      long p0 = System.nanoTime();
      try (Statement s = db.createStatement()) {
        s.execute("create extension if not exists pg_trgm");
        s.execute(
            "alter table complaint add column search tsvector generated always as (to_tsvector("
                + "case narrative_language when 'en' then 'english'::regconfig"
                + " else 'spanish'::regconfig end, narrative)) stored");
        s.execute("create index complaint_search_idx on complaint using gin (search)");
        s.execute(
            "create index officer_family_trgm_idx on officer using gin (family_names gin_trgm_ops)");
        s.execute("analyze");
      }
      double pgIndexing = seconds(p0);

      // Lucene: the same documents, as Veedor's binder writes them
      Path dir = Files.createTempDirectory("veedor-bench-index");
      Map<String, Analyzer> analyzers = analyzers();
      Analyzer perField =
          new PerFieldAnalyzerWrapper(analyzers.get("neutral"), fieldAnalyzers(analyzers));
      long l0 = System.nanoTime();
      long documents = 0;
      try (FSDirectory directory = FSDirectory.open(dir);
          IndexWriter writer =
              new IndexWriter(directory, new IndexWriterConfig(perField).setRAMBufferSizeMB(256))) {
        db.setAutoCommit(false);
        try (PreparedStatement read =
            db.prepareStatement(
                "select c.id, c.reference_number, c.narrative, c.narrative_language, c.status,"
                    + " c.channel, t.code, extract(year from c.received_at)::int,"
                    + " (select string_agg(k.code, ' ') from allegation a join allegation_category k"
                    + " on k.id = a.category_id where a.complaint_id = c.id),"
                    + " (select string_agg(o.given_names || ' ' || o.family_names, '|')"
                    + " from allegation a join officer o on o.id = a.officer_id where a.complaint_id = c.id)"
                    + " from complaint c left join territory t on t.id = c.territory_id")) {
          read.setFetchSize(2000);
          try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
              writer.addDocument(document(rs));
              documents++;
            }
          }
        }
        db.setAutoCommit(true);
        writer.forceMerge(1);
        writer.commit();
      }
      double luceneIndexing = seconds(l0);
      out.append("| indexing | documents | seconds | documents per second |\n");
      out.append("| --- | ---: | ---: | ---: |\n");
      out.append(
          String.format(
              Locale.ROOT,
              "| Lucene (Veedor's fields and analyzers, merged to one segment) | %,d | %.1f | %,.0f |%n",
              documents,
              luceneIndexing,
              documents / luceneIndexing));
      out.append(
          String.format(
              Locale.ROOT,
              "| PostgreSQL (stored tsvector, GIN, trigram index on names) | %,d | %.1f | %,.0f |%n%n",
              size,
              pgIndexing,
              size / pgIndexing));

      out.append(
          "| query | type | Lucene matches | Lucene p50 ms | Lucene p99 ms | PostgreSQL matches | PostgreSQL p50 ms | PostgreSQL p99 ms |\n");
      out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
      try (FSDirectory directory = FSDirectory.open(dir);
          DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Lucene lucene = new Lucene(searcher, perField);
        for (Probe probe : PROBES) {
          long[] luceneCount = new long[1];
          double[] luceneTimes = time(() -> luceneCount[0] = lucene.answer(probe));
          long[] pgCount = new long[1];
          double[] pgTimes = time(() -> pgCount[0] = postgres(db, probe));
          out.append(
              String.format(
                  Locale.ROOT,
                  "| `%s` | %s | %,d | %.2f | %.2f | %,d | %.2f | %.2f |%n",
                  probe.lucene(),
                  probe.type(),
                  luceneCount[0],
                  percentile(luceneTimes, 50),
                  percentile(luceneTimes, 99),
                  pgCount[0],
                  percentile(pgTimes, 50),
                  percentile(pgTimes, 99)));
        }
      }
      deleteTree(dir);
    }
    out.append('\n');
    return out.toString();
  }

  private static Document document(ResultSet rs) throws SQLException {
    Document doc = new Document();
    doc.add(new StringField("reference", rs.getString(2), Field.Store.YES));
    String narrative = rs.getString(3);
    String language = rs.getString(4);
    doc.add(new TextField("narrative", narrative, Field.Store.YES));
    if (language != null) {
      doc.add(new TextField("narrative_" + language, narrative, Field.Store.NO));
    }
    keyword(doc, "status", rs.getString(5));
    keyword(doc, "channel", rs.getString(6));
    keyword(doc, "territory", rs.getString(7));
    doc.add(new IntPoint("year", rs.getInt(8)));
    String categories = rs.getString(9);
    if (categories != null) {
      for (String code : categories.split(" ")) {
        keyword(doc, "category", code);
      }
    }
    String officers = rs.getString(10);
    if (officers != null) {
      for (String name : officers.split("\\|")) {
        doc.add(new TextField("officers", name, Field.Store.YES));
      }
    }
    return doc;
  }

  private static void keyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
  }

  static Map<String, Analyzer> analyzers() throws IOException {
    Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    analyzers.put("neutral", custom("lowercase", "asciiFolding"));
    analyzers.put("es", custom("lowercase", "asciiFolding", "spanishLightStem"));
    analyzers.put("pt", custom("lowercase", "asciiFolding", "portugueseLightStem"));
    analyzers.put("en", custom("englishPossessive", "lowercase", "asciiFolding", "porterStem"));
    return analyzers;
  }

  static Map<String, Analyzer> fieldAnalyzers(Map<String, Analyzer> analyzers) {
    return Map.of(
        "narrative_es", analyzers.get("es"),
        "narrative_pt", analyzers.get("pt"),
        "narrative_en", analyzers.get("en"),
        "officers", analyzers.get("neutral"));
  }

  private static Analyzer custom(String... filters) throws IOException {
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer("standard");
    for (String filter : filters) {
      builder.addTokenFilter(filter);
    }
    return builder.build();
  }

  /** Lucene's side: Veedor's parser, the top 20 with an exact count, facets where asked. */
  record Lucene(IndexSearcher searcher, Analyzer analyzer) {
    long answer(Probe probe) {
      try {
        Query query =
            new CaseQueryParser(analyzer, false, CaseQueryParser.IdentifyingFiles.none())
                .parseText(probe.lucene());
        TopScoreDocCollector top = TopScoreDocCollector.create(20, Integer.MAX_VALUE);
        if (probe.type().equals("facets")) {
          org.apache.lucene.facet.FacetsCollector facets =
              new org.apache.lucene.facet.FacetsCollector();
          searcher.search(query, org.apache.lucene.search.MultiCollector.wrap(top, facets));
          for (String field : List.of("status", "category", "territory")) {
            org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState state =
                new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(
                    searcher.getIndexReader(), field, new org.apache.lucene.facet.FacetsConfig());
            new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(state, facets)
                .getAllDims(25);
          }
        } else {
          searcher.search(query, top);
        }
        return top.topDocs().totalHits.value;
      } catch (Exception e) {
        throw new IllegalStateException(probe.lucene(), e);
      }
    }
  }

  /** PostgreSQL's side: the same question in SQL, as a PostgreSQL user would ask it. */
  static long postgres(Connection db, Probe probe) {
    try {
      long count;
      if (probe.name() != null) {
        try (PreparedStatement q =
            db.prepareStatement(
                "select c.id, count(*) over () from complaint c where exists (select 1 from"
                    + " allegation a join officer o on o.id = a.officer_id where a.complaint_id = c.id"
                    + " and o.family_names % ?) order by c.received_at desc limit 20")) {
          q.setString(1, probe.name());
          count = firstCount(q);
        }
      } else {
        String ts = "to_tsquery('" + probe.tsConfig() + "', ?)";
        try (PreparedStatement q =
            db.prepareStatement(
                "select c.id, count(*) over () from complaint c, "
                    + ts
                    + " q where c.search @@ q"
                    + " order by ts_rank(c.search, q) desc limit 20")) {
          q.setString(1, probe.tsQuery());
          count = firstCount(q);
        }
        if (probe.type().equals("facets")) {
          try (PreparedStatement q =
              db.prepareStatement(
                  "select c.status, k.code, t.code, count(distinct c.id) from complaint c"
                      + " join allegation a on a.complaint_id = c.id"
                      + " join allegation_category k on k.id = a.category_id"
                      + " left join territory t on t.id = c.territory_id, "
                      + ts
                      + " q where c.search @@ q"
                      + " group by grouping sets ((c.status), (k.code), (t.code))")) {
            q.setString(1, probe.tsQuery());
            try (ResultSet rs = q.executeQuery()) {
              while (rs.next()) {
                rs.getLong(4);
              }
            }
          }
        }
      }
      return count;
    } catch (SQLException e) {
      throw new IllegalStateException(probe.lucene(), e);
    }
  }

  private static long firstCount(PreparedStatement q) throws SQLException {
    try (ResultSet rs = q.executeQuery()) {
      return rs.next() ? rs.getLong(2) : 0;
    }
  }

  private static double[] time(Supplier<Object> query) {
    for (int i = 0; i < WARM_UP; i++) {
      query.get();
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      query.get();
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void deleteTree(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
