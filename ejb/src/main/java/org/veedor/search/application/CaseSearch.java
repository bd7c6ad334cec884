package org.veedor.search.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.predicate.dsl.LuceneSearchPredicateFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Complaint;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.officers.domain.Officer;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.paging.PageRequest;
import org.veedor.search.infrastructure.Analyzers;
import org.veedor.search.infrastructure.CaseFields;
import org.veedor.search.infrastructure.CaseQueryParser;
import org.veedor.search.infrastructure.IndexAnalyzers;
import org.veedor.search.infrastructure.Languages;
import org.veedor.search.infrastructure.LuceneCaseAccess;
import org.veedor.search.infrastructure.SearchRefusal;
import org.veedor.search.infrastructure.Snippets;

/**
 * Full-text search over complaints, and over the officer registry by name. The access rules of
 * {@link ComplaintSearch} are conditions of every query, so that totals, facet counts and pages
 * never reveal a case the reader may not see:
 *
 * <ul>
 *   <li>conflict of interest: no case naming the reader's own officer record or an officer who
 *       serves in the reader's unit now (their ids are read from the database at query time, so a
 *       transfer takes effect at once), and none naming the reader's unit on the incident date;
 *   <li>sealed cases (corruption linked to organized crime): the special unit and the auditor only;
 *   <li>the oversight board: closed cases only.
 * </ul>
 */
@Stateless
@RolesAllowed({
  Roles.INTAKE,
  Roles.INVESTIGATOR,
  Roles.SUPERVISOR,
  Roles.DISCIPLINARY_AUTHORITY,
  Roles.APPEALS_BODY,
  Roles.OVERSIGHT_BOARD,
  Roles.AUDITOR
})
public class CaseSearch {

  /** The facets, each an index field counted over everything found. */
  public static final Map<String, String> FACETS =
      facets(
          "category", CaseFields.CATEGORY,
          "status", CaseFields.STATUS,
          "unit", CaseFields.UNIT,
          "territory", CaseFields.TERRITORY,
          "year", CaseFields.YEAR,
          "channel", CaseFields.CHANNEL);

  private static final int FACET_VALUES = 25;
  private static final int SIMILAR_TERMS = 30;
  private static final int SNIPPET = 180;

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch complaints;
  @Inject IndexAnalyzers analyzers;
  @Inject AuditTrail audit;

  private static Map<String, String> facets(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Complaints matching the query and the chosen facet values, with the facets' counts.
   *
   * @throws InvalidInputException when the query cannot be parsed, a facet is unknown, or a year is
   *     not a number; each with a message saying why
   */
  public SearchResults search(SearchRequest request) {
    long started = System.nanoTime();
    Viewer me = viewers.current(session);
    Query parsed = parse(request.query(), me);
    SearchSession search = Search.session(em);
    Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
    FACETS.keySet().stream()
        .filter(name -> !name.equals("year"))
        .forEach(name -> keys.put(name, AggregationKey.of(name)));
    AggregationKey<Map<Integer, Long>> years = AggregationKey.of("year");
    AggregationKey<Map<String, Long>> tally = AggregationKey.of("findingTally");
    var query =
        search
            .search(Complaint.class)
            .extension(LuceneExtension.get())
            .select(CaseSearch::row)
            .where(
                f -> {
                  BooleanPredicateClausesStep<?> bool = f.bool().must(f.fromLuceneQuery(parsed));
                  filters(f, bool, request.filters());
                  visibleTo(f, bool, me);
                  return bool;
                });
    for (Map.Entry<String, AggregationKey<Map<String, Long>>> facet : keys.entrySet()) {
      String field = FACETS.get(facet.getKey());
      query =
          query.aggregation(
              facet.getValue(),
              f -> f.terms().field(field, String.class).maxTermCount(FACET_VALUES));
    }
    query =
        query.aggregation(
            years, f -> f.terms().field(CaseFields.YEAR, Integer.class).maxTermCount(FACET_VALUES));
    query =
        query.aggregation(
            tally,
            f -> f.terms().field(CaseFields.FINDING_TALLY, String.class).maxTermCount(10_000));
    query =
        switch (request.sort()) {
          case "newest" -> query.sort(f -> f.field(CaseFields.RECEIVED_AT).desc());
          case "oldest" -> query.sort(f -> f.field(CaseFields.RECEIVED_AT).asc());
          case "relevance" ->
              query.sort(f -> f.score().then().field(CaseFields.RECEIVED_AT).desc());
          default ->
              throw new InvalidInputException(
                  "sort", InputReason.NOT_ONE_OF, "[relevance, newest, oldest]");
        };
    PageRequest page = request.page();
    SearchResult<List<?>> result;
    try {
      result = query.fetch(page.offset(), page.size());
    } catch (RuntimeException e) {
      // Hibernate Search wraps what Lucene throws, or not, depending on where it was thrown
      throw tooBroadOr(e);
    }
    Snippets marks = Snippets.of(parsed);
    List<SearchResults.Hit> hits = result.hits().stream().map(row -> hit(row, marks, me)).toList();
    Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
    for (String name : FACETS.keySet()) {
      List<SearchResults.FacetValue> values = new ArrayList<>();
      if (name.equals("year")) {
        result.aggregation(years).entrySet().stream()
            .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
            .forEach(
                e -> values.add(new SearchResults.FacetValue(e.getKey().toString(), e.getValue())));
      } else {
        result
            .aggregation(keys.get(name))
            .forEach((value, count) -> values.add(new SearchResults.FacetValue(value, count)));
      }
      facets.put(name, values);
    }
    long total = result.total().hitCount();
    Map<String, Long> allegations = allegationsByFinding(result.aggregation(tally));
    // a report's drill-down: say how many more the figure counted than the reader may list
    Long countedNotListed = null;
    Long sealedNotListed = null;
    if (CaseQueryParser.isStructured(parsed)) {
      long counted = counted(parsed, request.filters(), me, false);
      countedNotListed = Math.max(0, counted - total);
      sealedNotListed =
          countedNotListed > 0 && AccessPolicy.keepsSealedCasesFrom(me)
              ? counted(parsed, request.filters(), me, true)
              : 0L;
    }
    audit.record(
        AuditEventType.CASE_LIST,
        "search",
        "full-text",
        AuditOutcome.SUCCESS,
        "full-text search: \""
            + abbreviate(request.query())
            + "\" "
            + request.filters()
            + ", "
            + total
            + " found");
    return new SearchResults(
        request.query(),
        total,
        page.page(),
        page.size(),
        hits,
        facets,
        (System.nanoTime() - started) / 1_000_000,
        countedNotListed,
        sealedNotListed,
        allegations);
  }

  /**
   * The allegations the complaints found hold, by final finding: from how many complaints hold how
   * many of each ({@code SUSTAINED=2} in 7 complaints is 14), every finding named, zeros included.
   */
  static Map<String, Long> allegationsByFinding(Map<String, Long> tally) {
    Map<String, Long> allegations = new LinkedHashMap<>();
    CaseQueryParser.FINDINGS.forEach(finding -> allegations.put(finding, 0L));
    tally.forEach(
        (value, complaints) -> {
          int eq = value.lastIndexOf('=');
          allegations.merge(
              value.substring(0, eq),
              Long.parseLong(value.substring(eq + 1)) * complaints,
              Long::sum);
        });
    return java.util.Collections.unmodifiableMap(allegations);
  }

  /** How many complaints the query matches as the reports count them for the reader. */
  private long counted(Query parsed, Map<String, String> filters, Viewer me, boolean sealedOnly) {
    return Search.session(em)
        .search(Complaint.class)
        .extension(LuceneExtension.get())
        .where(
            f -> {
              BooleanPredicateClausesStep<?> bool = f.bool().must(f.fromLuceneQuery(parsed));
              filters(f, bool, filters);
              LuceneCaseAccess.apply(
                  me, AccessPolicy.Purpose.COUNT, f, bool, this::officersServingIn);
              if (sealedOnly) {
                bool.filter(f.match().field(CaseFields.SEALED).matching(true));
              }
              return bool;
            })
        .fetchTotalHitCount();
  }

  /**
   * Complaints whose narrative shares the most telling words with this one's (weighted by how rare
   * each word is across all cases), or that name the same officers or categories; only those the
   * reader may see. Empty when the complaint itself is not the reader's to see.
   */
  public java.util.Optional<List<SearchResults.Hit>> similar(String reference, int size) {
    Viewer me = viewers.current(session);
    java.util.Optional<Complaint> found = complaints.findVisible(reference, me);
    if (found.isEmpty()) {
      return java.util.Optional.empty();
    }
    Complaint complaint = found.get();
    Query like = likeThis(complaint);
    SearchResult<List<?>> result =
        Search.session(em)
            .search(Complaint.class)
            .extension(LuceneExtension.get())
            .select(CaseSearch::row)
            .where(
                f -> {
                  BooleanPredicateClausesStep<?> bool =
                      f.bool()
                          .must(f.fromLuceneQuery(like))
                          .mustNot(
                              f.match()
                                  .field(CaseFields.REFERENCE)
                                  .matching(complaint.referenceNumber().toString()));
                  visibleTo(f, bool, me);
                  return bool;
                })
            .fetch(Math.max(1, Math.min(size, 50)));
    audit.record(
        AuditEventType.CASE_READ,
        "complaint",
        reference,
        AuditOutcome.SUCCESS,
        "similar complaints: " + result.hits().size());
    Snippets marks = Snippets.of(like);
    return java.util.Optional.of(result.hits().stream().map(row -> hit(row, marks, me)).toList());
  }

  /**
   * Officers by name, tolerant of dropped accents and misspellings ("Gonzales" finds "González"),
   * or by badge number.
   */
  @RolesAllowed(Roles.SIGNED_IN)
  public List<OfficerHit> officers(String text, int size) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("q", InputReason.REQUIRED);
    }
    if (text.length() > 200) {
      throw new InvalidInputException("q", InputReason.TOO_LONG, 200);
    }
    List<String> words = analyze(analyzers.get(Analyzers.NAME), CaseFields.NAME, text, 8);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      BooleanQuery.Builder one = new BooleanQuery.Builder();
      one.add(
          new BoostQuery(new TermQuery(new Term(CaseFields.NAME, word)), 3f),
          BooleanClause.Occur.SHOULD);
      if (word.length() >= 3) {
        one.add(
            new BoostQuery(new PrefixQuery(new Term(CaseFields.NAME, word)), 1.5f),
            BooleanClause.Occur.SHOULD);
      }
      if (word.length() >= 4) {
        one.add(
            new FuzzyQuery(new Term(CaseFields.NAME, word), word.length() >= 8 ? 2 : 1, 1),
            BooleanClause.Occur.SHOULD);
      }
      all.add(one.build(), BooleanClause.Occur.MUST);
    }
    Query byName = all.build();
    Query byBadge =
        new TermQuery(new Term(CaseFields.BADGE, text.strip().toUpperCase(Locale.ROOT)));
    SearchResult<List<?>> result =
        Search.session(em)
            .search(Officer.class)
            .extension(LuceneExtension.get())
            .select(
                f ->
                    f.composite()
                        .from(
                            f.field(CaseFields.BADGE, String.class),
                            f.field(CaseFields.NAME, String.class),
                            f.field(CaseFields.RANK, String.class),
                            f.field(CaseFields.OFFICER_STATUS, String.class),
                            f.field(CaseFields.CURRENT_UNIT, String.class),
                            f.score())
                        .asList())
            .where(
                f ->
                    f.bool()
                        .should(f.fromLuceneQuery(byName))
                        .should(f.fromLuceneQuery(new BoostQuery(byBadge, 10f))))
            .sort(f -> f.score().then().field(CaseFields.NAME_SORT))
            .fetch(Math.max(1, Math.min(size, 100)));
    return result.hits().stream()
        .map(
            row ->
                new OfficerHit(
                    (String) row.get(0),
                    (String) row.get(1),
                    (String) row.get(2),
                    (String) row.get(3),
                    (String) row.get(4),
                    (Float) row.get(5)))
        .toList();
  }

  /** Which files identifying the complainant the reader's words reach (the access policy's). */
  private static CaseQueryParser.IdentifyingFiles identifyingFiles(Viewer viewer) {
    if (AccessPolicy.readsAllIdentifyingFiles(viewer)) {
      return CaseQueryParser.IdentifyingFiles.every();
    }
    return CaseQueryParser.IdentifyingFiles.ofCasesWorkedBy(viewer.username());
  }

  private Query parse(String text, Viewer me) {
    if (text != null && text.length() > 1000) {
      throw new InvalidInputException("q", InputReason.TOO_LONG, 1000);
    }
    try {
      return new CaseQueryParser(
              analyzers.perField(), AccessPolicy.readsNotes(me), identifyingFiles(me))
          .parseText(text);
    } catch (ParseException e) {
      throw refused(e);
    } catch (IllegalArgumentException | org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      // Lucene's refusal of a query that expands to too many terms
      throw new InvalidInputException("q", SearchRefusal.TOO_BROAD);
    }
  }

  /**
   * A query Lucene refused while searching because it grew into too many clauses (its fuzzy and
   * prefix terms grown) is the searcher's query being too broad, not the server failing.
   */
  private static RuntimeException tooBroadOr(RuntimeException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
        return new InvalidInputException("q", SearchRefusal.TOO_BROAD);
      }
    }
    return e;
  }

  private static final java.util.regex.Pattern COLUMN =
      java.util.regex.Pattern.compile("column (\\d+)");

  /**
   * A refusal of ours is the cause of what Lucene's parser throws; Lucene's own syntax errors name
   * Java token kinds, so only the column where it stopped is kept.
   */
  private static InvalidInputException refused(ParseException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof CaseQueryParser.Refused ours) {
        return new InvalidInputException("q", ours.reason(), ours.arguments());
      }
      if (c instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
        return new InvalidInputException("q", SearchRefusal.TOO_BROAD);
      }
    }
    // the cause is Lucene's own error, without the query it quotes
    Throwable own = e.getCause() == null ? e : e.getCause();
    java.util.regex.Matcher column =
        COLUMN.matcher(own.getMessage() == null ? "" : own.getMessage());
    return column.find()
        ? new InvalidInputException("q", SearchRefusal.UNREADABLE_AT, column.group(1))
        : new InvalidInputException("q", SearchRefusal.UNREADABLE);
  }

  private static void filters(
      LuceneSearchPredicateFactory f,
      BooleanPredicateClausesStep<?> bool,
      Map<String, String> filters) {
    for (Map.Entry<String, String> filter : filters.entrySet()) {
      String value = filter.getValue() == null ? "" : filter.getValue().strip();
      if (value.isEmpty()) {
        continue;
      }
      switch (filter.getKey()) {
        case "year" -> {
          int year;
          try {
            year = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new InvalidInputException("year", SearchRefusal.NOT_A_YEAR);
          }
          bool.filter(f.match().field(CaseFields.YEAR).matching(year));
        }
        case "unit" ->
            bool.filter(
                f.match().field(CaseFields.UNIT_TREE).matching(value.toUpperCase(Locale.ROOT)));
        case "category", "status", "territory", "channel" ->
            bool.filter(
                f.match()
                    .field(FACETS.get(filter.getKey()))
                    .matching(value.toUpperCase(Locale.ROOT)));
        default ->
            throw new InvalidInputException(
                filter.getKey(), SearchRefusal.NOT_A_FACET, FACETS.keySet().toString());
      }
    }
  }

  private void visibleTo(
      LuceneSearchPredicateFactory f, BooleanPredicateClausesStep<?> bool, Viewer viewer) {
    LuceneCaseAccess.apply(viewer, AccessPolicy.Purpose.READ, f, bool, this::officersServingIn);
  }

  private List<Long> officersServingIn(long unitId) {
    return em.createQuery(
            "select s.officer.id from Assignment s where s.unit.id = :unit and s.endDate is null",
            Long.class)
        .setParameter("unit", unitId)
        .getResultList();
  }

  /** A query of the complaint's most frequent words, officers and categories. */
  private Query likeThis(Complaint complaint) {
    String language = complaint.narrativeLanguage();
    if (language == null || !Analyzers.BY_LANGUAGE.containsKey(language)) {
      language = Languages.guess(complaint.narrative());
    }
    String field = language == null ? CaseFields.NARRATIVE : CaseFields.narrativeIn(language);
    Analyzer analyzer =
        analyzers.get(language == null ? Analyzers.NEUTRAL : Analyzers.BY_LANGUAGE.get(language));
    Map<String, Integer> frequency = new HashMap<>();
    for (String term : analyze(analyzer, field, complaint.narrative(), 5000)) {
      if (term.length() >= 4 && !term.chars().allMatch(Character::isDigit)) {
        frequency.merge(term, 1, Integer::sum);
      }
    }
    List<String> telling =
        frequency.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(SIMILAR_TERMS)
            .map(Map.Entry::getKey)
            .toList();
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    for (String term : telling) {
      like.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
    }
    complaint.allegations().stream()
        .filter(a -> a.officer() != null)
        .map(a -> a.officer().id())
        .distinct()
        .forEach(
            id ->
                like.add(
                    new BoostQuery(
                        org.apache.lucene.document.LongPoint.newExactQuery(
                            CaseFields.OFFICER_ID, id),
                        4f),
                    BooleanClause.Occur.SHOULD));
    complaint.allegations().stream()
        .map(a -> a.category().code())
        .distinct()
        .forEach(
            code ->
                like.add(
                    new BoostQuery(new TermQuery(new Term(CaseFields.CATEGORY, code)), 1.5f),
                    BooleanClause.Occur.SHOULD));
    like.setMinimumNumberShouldMatch(Math.min(3, Math.max(1, telling.size() / 6)));
    return like.build();
  }

  private static List<String> analyze(Analyzer analyzer, String field, String text, int max) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < max) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new IllegalStateException("the analyzer failed on a string", e);
    }
    return terms;
  }

  /** What a hit brings back from the index: its stored fields, no entity loaded. */
  private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<List<?>> row(
      org.hibernate.search.backend.lucene.search.projection.dsl.LuceneSearchProjectionFactory<
              org.hibernate.search.mapper.orm.common.EntityReference, Complaint>
          f) {
    return f.composite()
        .from(
            f.field(CaseFields.REFERENCE, String.class),
            f.field(CaseFields.STATUS, String.class),
            f.field(CaseFields.TERRITORY, String.class),
            f.field(CaseFields.RECEIVED_AT, Instant.class),
            f.field(CaseFields.CATEGORY, String.class).multi(),
            f.field(CaseFields.LANGUAGE, String.class),
            f.field(CaseFields.NARRATIVE, String.class),
            f.field(CaseFields.PLACE, String.class),
            f.field(CaseFields.OFFICERS, String.class).multi(),
            f.score(),
            f.field(CaseFields.FILES, String.class).multi(),
            f.field(CaseFields.NOTES, String.class).multi(),
            f.field(CaseFields.IDENTIFYING_FILES, String.class).multi(),
            f.field(CaseFields.WORKERS, String.class).multi())
        .asList();
  }

  @SuppressWarnings("unchecked")
  private SearchResults.Hit hit(List<?> row, Snippets marks, Viewer me) {
    String language = (String) row.get(5);
    String narrative = (String) row.get(6);
    List<String> snippets = new ArrayList<>();
    if (language != null) {
      snippets.addAll(
          marks.passages(
              analyzers.get(Analyzers.BY_LANGUAGE.get(language)),
              CaseFields.narrativeIn(language),
              narrative,
              2,
              SNIPPET));
    }
    if (snippets.isEmpty()) {
      snippets.addAll(
          marks.passages(
              analyzers.get(Analyzers.NEUTRAL), CaseFields.NARRATIVE, narrative, 2, SNIPPET));
    }
    if (snippets.size() < 2) {
      snippets.addAll(
          marks.passages(
              analyzers.get(Analyzers.NEUTRAL), CaseFields.PLACE, (String) row.get(7), 1, SNIPPET));
    }
    for (String officer : (List<String>) row.get(8)) {
      if (snippets.size() < 3) {
        snippets.addAll(
            marks.passages(
                analyzers.get(Analyzers.NAME), CaseFields.OFFICERS, officer, 1, SNIPPET));
      }
    }
    // passages only from the texts the reader may read: files, identifying files of the cases
    // whose complainant they may know, notes for readers of notes
    List<String[]> texts = new ArrayList<>();
    ((List<String>) row.get(10)).forEach(t -> texts.add(new String[] {CaseFields.FILES, t}));
    if (identifyingFiles(me).reads((List<String>) row.get(13))) {
      ((List<String>) row.get(12))
          .forEach(t -> texts.add(new String[] {CaseFields.IDENTIFYING_FILES, t}));
    }
    if (AccessPolicy.readsNotes(me)) {
      ((List<String>) row.get(11)).forEach(t -> texts.add(new String[] {CaseFields.NOTES, t}));
    }
    for (int i = 0; i < texts.size() && snippets.size() < 3; i++) {
      String field = texts.get(i)[0];
      String text = texts.get(i)[1];
      if (text.length() > 200_000) {
        text = text.substring(0, 200_000);
      }
      String textLanguage = Languages.guess(text);
      List<String> found =
          textLanguage == null
              ? List.of()
              : marks.passages(
                  analyzers.get(Analyzers.BY_LANGUAGE.get(textLanguage)),
                  CaseFields.in(field, textLanguage),
                  text,
                  1,
                  SNIPPET);
      if (found.isEmpty()) {
        found = marks.passages(analyzers.get(Analyzers.NEUTRAL), field, text, 1, SNIPPET);
      }
      snippets.addAll(found);
    }
    if (snippets.isEmpty() && narrative != null) {
      snippets.add(Snippets.escape(excerpt(narrative)));
    }
    return new SearchResults.Hit(
        (String) row.get(0),
        (String) row.get(1),
        (String) row.get(2),
        (Instant) row.get(3),
        (List<String>) row.get(4),
        snippets,
        (Float) row.get(9));
  }

  private static String excerpt(String text) {
    if (text.length() <= 200) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 200);
    return text.substring(0, cut > 120 ? cut : 200) + " …";
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
