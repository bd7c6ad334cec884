package org.veedor.search.infrastructure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.veedor.intake.domain.Disposition;

/**
 * What a user types, as a Lucene query: words, {@code "phrases"}, {@code fuzzy~}, {@code prefix*},
 * {@code AND}, {@code OR}, {@code NOT}, {@code +must}, {@code -mustNot}, parentheses, and fields by
 * the names people use ({@code officer:gonzales~}, {@code category:BRIBERY}, {@code
 * unit:E-CAP-1-A}, {@code finding:SUSTAINED}, {@code closed:yes}, {@code
 * received:2014-01-01..2014-12-31}). The fields a report filters on mean what the report's filter
 * means (ReportSql): {@code received} the calendar day of receipt, {@code territory} the
 * complaint's territory, {@code unit} a unit any allegation names or any unit below it, {@code
 * group} an allegation of the group, {@code closed} a day of closure, {@code finding} an allegation
 * with that final finding. A word with no field is looked for in the narrative (in every language's
 * analysis, so "sobornos" meets "soborno"), the place and the officers' names.
 *
 * <p>Not thread-safe, as Lucene's parser is not: one per query.
 */
public class CaseQueryParser extends QueryParser {

  private static final String ANY = "_any";

  /** Text fields a query may name, with the index fields (and boosts) each stands for. */
  private static final Map<String, Map<String, Float>> TEXT = texts();

  private static Map<String, Map<String, Float>> texts() {
    Map<String, Float> narrative = languages(CaseFields.NARRATIVE, 1.0f, 1.2f);
    Map<String, Float> files = new java.util.HashMap<>(languages(CaseFields.FILES, 0.7f, 0.8f));
    files.putAll(languages(CaseFields.IDENTIFYING_FILES, 0.7f, 0.8f));
    Map<String, Float> notes = languages(CaseFields.NOTES, 0.7f, 0.8f);
    Map<String, Float> any = new java.util.HashMap<>(narrative);
    any.put(CaseFields.NAMES_SOUND, SOUND_BOOST);
    any.put(CaseFields.PLACE, 0.8f);
    any.put(CaseFields.OFFICERS, 1.5f);
    any.putAll(files);
    any.putAll(notes);
    return Map.of(
        ANY,
        Map.copyOf(any),
        "narrative",
        withSound(narrative),
        "file",
        Map.copyOf(files),
        "note",
        notes,
        "officer",
        Map.of(CaseFields.OFFICERS, 1.0f),
        "place",
        Map.of(CaseFields.PLACE, 1.0f));
  }

  /** A name found by its sound weighs less than the spelling typed. */
  private static final float SOUND_BOOST = 0.5f;

  /** Another word for the one typed (the thesaurus') weighs less than the word itself. */
  private static final float ALTERNATIVE_BOOST = 0.8f;

  /**
   * Another word in a language other than the typed word's weighs less again: a searcher who types
   * "coima" reads the Spanish complaints first, the Portuguese "propina" after them.
   */
  private static final float OTHER_LANGUAGE_BOOST = 0.6f;

  /** A name's sound one letter off weighs less than its sound (Bilalobos for Villalobos). */
  private static final float NEAR_SOUND_BOOST = 0.8f;

  /** Sounds at least this long are also met one letter off; shorter ones would meet other names. */
  private static final int NEAR_SOUND_LENGTH = 7;

  /**
   * Words that carry no meaning of their own (articles, prepositions, possessives, in the three
   * languages): typed without quotes among other words they are welcome but not required, so that
   * "me subió a la patrulla" finds "me subió al patrullero". Alone, or joined by AND, they count.
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "al", "del", "el", "la", "las", "los", "lo", "un", "una", "unos", "unas", "y", "o",
          "e", "de", "en", "por", "para", "con", "su", "sus", "mi", "mis", "ao", "aos", "as", "os",
          "da", "das", "do", "dos", "em", "na", "nas", "no", "nos", "num", "numa", "um", "uma",
          "ou", "pelo", "pela", "pelos", "pelas", "com", "seu", "sua", "meu", "minha", "an", "the",
          "of", "in", "on", "at", "to", "and", "or", "by", "for", "with", "my", "his", "her");

  /** The queries built for function words, made optional when their clause is added. */
  private final Set<Query> optional =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /**
   * At most this many words of one query are widened by the thesaurus (each adds a few hundred
   * terms); the words after them are looked for as typed.
   */
  static final int MOST_WIDENED = 4;

  private static Map<String, Float> withSound(Map<String, Float> fields) {
    Map<String, Float> sound = new java.util.HashMap<>(fields);
    sound.put(CaseFields.NAMES_SOUND, SOUND_BOOST);
    return Map.copyOf(sound);
  }

  /** A text field and its per-language fields, stemmed matches weighing a little more. */
  private static Map<String, Float> languages(String field, float neutral, float stemmed) {
    Map<String, Float> fields = new java.util.HashMap<>();
    fields.put(field, neutral);
    for (String language : Analyzers.BY_LANGUAGE.keySet()) {
      fields.put(CaseFields.in(field, language), stemmed);
    }
    return Map.copyOf(fields);
  }

  /** Keyword fields a query may name: matched exactly, in capitals as the codes are. */
  private static final Map<String, String> KEYWORDS =
      Map.of(
          "category", CaseFields.CATEGORY,
          "group", CaseFields.CATEGORY_GROUP,
          "status", CaseFields.STATUS,
          "unit", CaseFields.UNIT_TREE,
          "territory", CaseFields.TERRITORY,
          "channel", CaseFields.CHANNEL,
          "reference", CaseFields.REFERENCE,
          "badge", CaseFields.BADGE,
          "finding", CaseFields.FINDING,
          "closed", CaseFields.CLOSED);

  /** The field names of the query syntax, for the help text and the error messages. */
  public static final List<String> FIELDS =
      List.of(
          "narrative",
          "file",
          "note",
          "officer",
          "place",
          "category",
          "group",
          "status",
          "unit",
          "territory",
          "channel",
          "reference",
          "badge",
          "finding",
          "closed",
          "year",
          "received");

  private final boolean notes;
  private final IdentifyingFiles identifying;

  /**
   * Which files identifying the complainant a reader's words are looked for in: all of them
   * (intake), those of the cases the reader works ({@code workedBy}), or none.
   */
  public record IdentifyingFiles(boolean all, String workedBy) {
    public static IdentifyingFiles every() {
      return new IdentifyingFiles(true, null);
    }

    public static IdentifyingFiles ofCasesWorkedBy(String username) {
      return new IdentifyingFiles(false, username);
    }

    public static IdentifyingFiles none() {
      return new IdentifyingFiles(false, null);
    }

    /** Whether a document's identifying files are the reader's, given who works its case. */
    public boolean reads(List<String> workers) {
      return all || (workedBy != null && workers.contains(workedBy));
    }
  }

  /**
   * @param analyzer one that analyses each index field as the index did (a per-field wrapper)
   * @param notes whether the reader may read investigators' notes: if not, no word is looked for in
   *     them, so that a hit never reveals what a note says
   * @param identifying which files identifying the complainant the reader may read, the same way
   */
  public CaseQueryParser(Analyzer analyzer, boolean notes, IdentifyingFiles identifying) {
    super(ANY, analyzer);
    this.notes = notes;
    this.identifying = identifying;
    setDefaultOperator(QueryParser.Operator.AND);
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /** Index fields that hold periods, places and codes, never words of a case. */
  private static final java.util.Set<String> STRUCTURED =
      java.util.Set.of(
          CaseFields.CATEGORY,
          CaseFields.CATEGORY_GROUP,
          CaseFields.STATUS,
          CaseFields.UNIT_TREE,
          CaseFields.TERRITORY,
          CaseFields.CHANNEL,
          CaseFields.YEAR,
          CaseFields.RECEIVED_AT,
          CaseFields.RECEIVED_ON,
          CaseFields.CLOSED,
          CaseFields.FINDING);

  /**
   * Whether a parsed query asks only for periods, places and codes (as a report's drill-down does),
   * no words, names or references: then telling how many more cases it matches reveals nothing that
   * the reports do not count already.
   */
  public static boolean isStructured(Query query) {
    java.util.Set<String> fields = new java.util.HashSet<>();
    query.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return false;
          }

          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(
              BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return STRUCTURED.containsAll(fields);
  }

  /** Parses the text; blank text matches every case. */
  public Query parseText(String text) throws ParseException {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    return parse(thesaurus.holdPhrasesTogether(text.strip()));
  }

  private interface PerField {
    Query build(String field) throws ParseException;
  }

  /** Set while a query is built for one index field: Lucene's parser calls back into us. */
  private boolean inner;

  private Query expand(String field, String text, PerField each) throws ParseException {
    if (inner) {
      return each.build(field);
    }
    String name = field.toLowerCase(Locale.ROOT);
    if (name.equals("closed")) {
      return new TermQuery(new Term(CaseFields.CLOSED, closed(text.strip())));
    }
    if (name.equals("finding")) {
      String finding = text.strip().toUpperCase(Locale.ROOT);
      if (!FINDINGS.contains(finding)) {
        throw new Refused(SearchRefusal.FINDING_NOT_A_FINDING, text, String.join(", ", FINDINGS));
      }
      return new TermQuery(new Term(CaseFields.FINDING, finding));
    }
    if (KEYWORDS.containsKey(name)) {
      return new TermQuery(new Term(KEYWORDS.get(name), text.strip().toUpperCase(Locale.ROOT)));
    }
    if (name.equals("year")) {
      try {
        return IntPoint.newExactQuery(CaseFields.YEAR, Integer.parseInt(text.strip()));
      } catch (NumberFormatException e) {
        throw new Refused(SearchRefusal.YEAR_NOT_A_YEAR, text);
      }
    }
    if (name.equals("received")) {
      return received(text.strip());
    }
    Map<String, Float> targets = TEXT.get(field.equals(ANY) ? ANY : name);
    if (targets == null) {
      throw new Refused(SearchRefusal.NO_SUCH_FIELD, field, String.join(", ", FIELDS));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    if (!notes && name.equals("note")) {
      throw new Refused(SearchRefusal.NOTES_NOT_YOURS);
    }
    for (Map.Entry<String, Float> target : targets.entrySet()) {
      if (!notes && target.getKey().startsWith(CaseFields.NOTES)) {
        continue;
      }
      if (!loose && target.getKey().equals(CaseFields.NAMES_SOUND)) {
        continue;
      }
      boolean identifyingField = target.getKey().startsWith(CaseFields.IDENTIFYING_FILES);
      if (identifyingField && !identifying.all() && identifying.workedBy() == null) {
        continue;
      }
      Query query;
      inner = true;
      try {
        query = each.build(target.getKey());
      } finally {
        inner = false;
      }
      if (query != null && identifyingField && !identifying.all()) {
        // words in files that name the complainant count only in the cases the reader works
        query =
            new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(
                    new TermQuery(new Term(CaseFields.WORKERS, identifying.workedBy())),
                    BooleanClause.Occur.FILTER)
                .build();
      }
      if (query != null) {
        any.add(new BoostQuery(query, target.getValue()), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : any.build();
  }

  /** The findings a query may name: the final ones, and UNDECIDED while there is none. */
  public static final List<String> FINDINGS = findings();

  private static List<String> findings() {
    List<String> findings = new java.util.ArrayList<>();
    for (Disposition d : Disposition.values()) {
      findings.add(d.name());
    }
    findings.add(ComplaintIndexBinder.UNDECIDED);
    return List.copyOf(findings);
  }

  private static String closed(String text) throws Refused {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> ComplaintIndexBinder.CLOSED_YES;
      case "no", "false" -> ComplaintIndexBinder.CLOSED_NO;
      default -> throw new Refused(SearchRefusal.CLOSED_NOT_YES_OR_NO, text);
    };
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** The first and the last day of a period named as the reports name it. */
  private record Days(LocalDate first, LocalDate last) {}

  private static Days period(String text) throws Refused {
    Matcher m;
    try {
      if ((m = YEAR.matcher(text)).matches()) {
        LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
        return new Days(first, first.plusYears(1).minusDays(1));
      } else if ((m = QUARTER.matcher(text)).matches()) {
        LocalDate first =
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2, 1);
        return new Days(first, first.plusMonths(3).minusDays(1));
      } else if ((m = MONTH.matcher(text)).matches()) {
        LocalDate first =
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        return new Days(first, first.plusMonths(1).minusDays(1));
      } else if ((m = DAY.matcher(text)).matches()) {
        LocalDate day = LocalDate.parse(text);
        return new Days(day, day);
      }
    } catch (DateTimeException e) {
      throw new Refused(SearchRefusal.RECEIVED_NOT_A_DATE, text);
    }
    throw new Refused(SearchRefusal.RECEIVED_NOT_A_PERIOD, text);
  }

  /**
   * Complaints received in a period as the reports name it, by the calendar day of receipt in the
   * record's zone (as the reports cut their periods): a year ({@code 2025}), a quarter ({@code
   * 2025-Q1}), a month ({@code 2025-03}), a day ({@code 2025-03-15}), or a range of them with both
   * ends inclusive ({@code 2014-01-01..2014-12-31}, {@code 2025-Q1..2025-Q2}; an end left out is
   * open: {@code 2020..}).
   */
  static Query received(String text) throws ParseException {
    int dots = text.indexOf("..");
    if (dots < 0) {
      Days days = period(text);
      return days(days.first(), days.last());
    }
    String from = text.substring(0, dots).strip();
    String to = text.substring(dots + 2).strip();
    if (from.isEmpty() && to.isEmpty()) {
      throw new Refused(SearchRefusal.RECEIVED_NOT_A_PERIOD, text);
    }
    return days(
        from.isEmpty() ? null : period(from).first(), to.isEmpty() ? null : period(to).last());
  }

  /** Complaints received from one day to another, both inclusive; null for an open end. */
  private static Query days(LocalDate first, LocalDate last) throws Refused {
    if (first != null && last != null && last.isBefore(first)) {
      throw new Refused(SearchRefusal.RECEIVED_END_BEFORE_START, first, last);
    }
    return LongPoint.newRangeQuery(
        CaseFields.RECEIVED_ON,
        first == null ? Long.MIN_VALUE : first.toEpochDay(),
        last == null ? Long.MAX_VALUE : last.toEpochDay());
  }

  /**
   * Set while a word typed without quotes is built: it may meet a name by its sound and the other
   * words of its concept. In quotes, a word is looked for as typed.
   */
  private boolean loose;

  private final Thesaurus thesaurus = Thesaurus.veedor();
  private int widened;

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (quoted || inner || queryText.isBlank()) {
      return counted(expand(field, queryText, f -> super.getFieldQuery(f, queryText, quoted)));
    }
    boolean widen = widened < MOST_WIDENED && thesaurus.knows(queryText);
    Query built = loose(field, queryText, widen);
    if (widen && leaves + leaves(built) > LEAF_BUDGET) {
      // the query is large already: this word is looked for as typed, so that it stays answerable
      built = loose(field, queryText, false);
    } else if (widen) {
      widened++;
    }
    if (built != null) {
      asTyped.put(built, new String[] {field, queryText});
      if (field.equals(ANY) && FUNCTION_WORDS.contains(queryText.toLowerCase(Locale.ROOT))) {
        optional.add(built);
      }
    }
    return counted(built);
  }

  /**
   * A word typed without quotes: by its sound where names are, widened by the thesaurus if asked.
   */
  private Query loose(String field, String queryText, boolean widen) throws ParseException {
    Set<String> typedIn = widen ? thesaurus.languagesOf(queryText) : Set.of();
    loose = true;
    try {
      return expand(
          field,
          queryText,
          f -> {
            Query own = super.getFieldQuery(f, queryText, false);
            if (f.equals(CaseFields.NAMES_SOUND)) {
              return nearSound(own);
            }
            if (!widen || !widens(f)) {
              return own;
            }
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            Set<Query> seen = new HashSet<>();
            if (own != null) {
              words.add(own, BooleanClause.Occur.SHOULD);
              seen.add(own);
            }
            // the single words as one synonym query (one clause for Lucene, scored as one term),
            // the phrases each on its own
            org.apache.lucene.search.SynonymQuery.Builder synonyms =
                new org.apache.lucene.search.SynonymQuery.Builder(f);
            boolean anySynonym = false;
            String fieldLanguage = languageOf(f);
            for (String language : Analyzers.BY_LANGUAGE.keySet()) {
              if (fieldLanguage != null && !fieldLanguage.equals(language)) {
                continue;
              }
              float boost = typedIn.contains(language) ? ALTERNATIVE_BOOST : OTHER_LANGUAGE_BOOST;
              for (String word : thesaurus.alternatives(queryText, language)) {
                Query other = super.getFieldQuery(f, word, false);
                // two words of a concept may analyse to one term (bribe, bribes): asked once
                if (other == null || !seen.add(other)) {
                  continue;
                }
                if (other instanceof TermQuery term) {
                  synonyms.addTerm(term.getTerm(), boost);
                  anySynonym = true;
                } else {
                  words.add(new BoostQuery(other, boost), BooleanClause.Occur.SHOULD);
                }
              }
            }
            if (anySynonym) {
              words.add(synonyms.build(), BooleanClause.Occur.SHOULD);
            }
            return words.build();
          });
    } finally {
      loose = false;
    }
  }

  /** A word as typed, neither widened nor by its sound: what a word to exclude means. */
  private Query literal(String field, String queryText) throws ParseException {
    return expand(field, queryText, f -> super.getFieldQuery(f, queryText, false));
  }

  /**
   * The most clauses one query may hold before the thesaurus stops widening its words: Lucene
   * refuses a query of more than 1,024 clauses, and a word widened adds about 150.
   */
  static final int LEAF_BUDGET = 700;

  /** What a fuzzy term may grow into when Lucene rewrites it (FuzzyQuery's default expansions). */
  private static final int FUZZY_LEAVES = 50;

  /** The terms asked for so far by this query. */
  private int leaves;

  private Query counted(Query query) {
    leaves += leaves(query);
    return query;
  }

  /** How many clauses Lucene counts in a query, once its fuzzy terms are grown. */
  static int leaves(Query query) {
    if (query == null) {
      return 0;
    }
    int[] count = {0};
    query.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            count[0]++;
          }

          @Override
          public void visitLeaf(Query q) {
            count[0]++;
          }

          @Override
          public void consumeTermsMatching(
              Query q,
              String field,
              java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton>
                  automaton) {
            count[0] += FUZZY_LEAVES;
          }

          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(
              BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return count[0];
  }

  /** The field and the text of each word built without quotes, for a word to exclude. */
  private final java.util.Map<Query, String[]> asTyped = new java.util.IdentityHashMap<>();

  /** A name's sound, and when long enough the sounds one letter off it, a little below. */
  private static Query nearSound(Query sound) {
    if (sound instanceof org.apache.lucene.search.TermQuery term
        && term.getTerm().text().length() >= NEAR_SOUND_LENGTH) {
      return new BooleanQuery.Builder()
          .add(sound, BooleanClause.Occur.SHOULD)
          .add(
              new BoostQuery(
                  new org.apache.lucene.search.FuzzyQuery(term.getTerm(), 1, 1), NEAR_SOUND_BOOST),
              BooleanClause.Occur.SHOULD)
          .build();
    }
    return sound;
  }

  /** Lucene's codes for a clause with no AND/OR before it and no +, - or NOT (package-private). */
  private static final int NO_CONJUNCTION = 0;

  private static final int NO_MODIFIER = 0;

  /** Lucene's code for a clause marked - or NOT (package-private). */
  private static final int NOT_MODIFIER = 10;

  @Override
  protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
    if (mods == NOT_MODIFIER && q != null && asTyped.containsKey(q)) {
      // a word to exclude is excluded as typed: "-soborno" must not also drop every "propina"
      String[] typed = asTyped.get(q);
      try {
        q = literal(typed[0], typed[1]);
      } catch (ParseException e) {
        throw new IllegalStateException("a word read once could not be read again", e);
      }
    }
    super.addClause(clauses, conj, mods, q);
    // a function word among others, with no operator of its own: welcome, not required
    if (q != null
        && conj == NO_CONJUNCTION
        && mods == NO_MODIFIER
        && optional.contains(q)
        && !clauses.isEmpty()
        && clauses.get(clauses.size() - 1).getQuery() == q) {
      clauses.set(clauses.size() - 1, new BooleanClause(q, BooleanClause.Occur.SHOULD));
    }
  }

  /** Whether other words for a word are looked for in an index field: the texts of a case. */
  private static boolean widens(String field) {
    return field.startsWith(CaseFields.NARRATIVE)
        || field.startsWith(CaseFields.FILES)
        || field.startsWith(CaseFields.IDENTIFYING_FILES)
        || field.startsWith(CaseFields.NOTES);
  }

  /** The language a text field is analysed as, null for the language-neutral ones. */
  private static String languageOf(String field) {
    int underscore = field.lastIndexOf('_');
    if (underscore < 0) {
      return null;
    }
    String language = field.substring(underscore + 1);
    return Analyzers.BY_LANGUAGE.containsKey(language) ? language : null;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return expand(field, queryText, f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return expand(field, termStr, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    if (termStr.length() < 3) {
      throw new Refused(SearchRefusal.PREFIX_TOO_SHORT);
    }
    return expand(field, termStr, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    throw new Refused(SearchRefusal.NO_WILDCARDS);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new Refused(SearchRefusal.NO_REGULAR_EXPRESSIONS);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (field.equalsIgnoreCase("received")) {
      // Lucene's own syntax, [2014-01-01 TO 2014-12-31], for received: only
      LocalDate first = null;
      LocalDate last = null;
      if (part1 != null && !part1.equals("*")) {
        Days days = period(part1.strip());
        first = startInclusive ? days.first() : days.last().plusDays(1);
      }
      if (part2 != null && !part2.equals("*")) {
        Days days = period(part2.strip());
        last = endInclusive ? days.last() : days.first().minusDays(1);
      }
      return days(first, last);
    }
    throw new Refused(SearchRefusal.NO_RANGES);
  }

  /**
   * A query refused for a reason of ours (a field that does not exist, a role that does not read
   * notes), as a message key; Lucene's parser wraps it, keeping it as the cause.
   */
  public static final class Refused extends ParseException {

    private static final long serialVersionUID = 1L;

    private final SearchRefusal reason;
    private final transient Object[] arguments;

    Refused(SearchRefusal reason, Object... arguments) {
      super(reason.key() + " " + java.util.Arrays.toString(arguments));
      this.reason = reason;
      this.arguments = arguments.clone();
    }

    public SearchRefusal reason() {
      return reason;
    }

    public Object[] arguments() {
      return arguments.clone();
    }
  }
}
