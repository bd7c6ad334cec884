package org.veedor.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** The query syntax, parsed with analyzers built as {@link CaseAnalysis} builds them. */
class CaseQueryParserTest {

  static Analyzer analyzer(String... filters) throws IOException {
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer("standard");
    for (String filter : filters) {
      builder.addTokenFilter(filter);
    }
    return builder.build();
  }

  /** The analyzer of names by their sound, built from CaseAnalysis' own rules. */
  static Analyzer sounds() throws IOException {
    CustomAnalyzer.Builder builder =
        CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase");
    for (String[] rule : CaseAnalysis.SOUNDS_BEFORE_FOLDING) {
      builder.addTokenFilter("patternReplace", "pattern", rule[0], "replacement", rule[1]);
    }
    builder.addTokenFilter("asciiFolding");
    for (String[] rule : CaseAnalysis.SOUNDS) {
      builder.addTokenFilter("patternReplace", "pattern", rule[0], "replacement", rule[1]);
    }
    return builder.addTokenFilter("length", "min", "1", "max", "255").build();
  }

  static CaseQueryParser parser() throws IOException {
    return parser(true);
  }

  static CaseQueryParser parser(boolean notes) throws IOException {
    Analyzer neutral = analyzer("lowercase", "asciiFolding");
    Analyzer spanish = analyzer("lowercase", "asciiFolding", "spanishLightStem");
    return new CaseQueryParser(
        new PerFieldAnalyzerWrapper(
            neutral,
            Map.of(
                "narrative_es", spanish,
                "narrative_pt", analyzer("lowercase", "asciiFolding", "portugueseLightStem"),
                "narrative_en",
                    analyzer("englishPossessive", "lowercase", "asciiFolding", "porterStem"),
                "files_es", spanish,
                "notes_es", spanish,
                "officers", neutral,
                "namesSound", sounds())),
        notes,
        CaseQueryParser.IdentifyingFiles.none());
  }

  @Test
  void shouldLookForAPlainWordInEveryLanguagesStemAndTheNames() throws Exception {
    Query query = parser().parseText("Sobornos");
    assertThat(query.toString())
        .contains("narrative_es:soborn")
        .contains("narrative:sobornos")
        .contains("officers:sobornos")
        .contains("place:sobornos");
  }

  @Test
  void shouldFoldAccentsAndKeepPhrasesAndOperators() throws Exception {
    String query = parser().parseText("\"pidió un soborno\" AND NOT category:bribery").toString();
    assertThat(query).contains("narrative_es:\"pidi un soborn\"").contains("-category:BRIBERY");
    assertThat(parser().parseText("extorsión").toString()).contains("narrative_es:extorsion");
    assertThat(parser().parseText("officer:gonzales~").toString()).contains("officers:gonzales~2");
    assertThat(parser().parseText("unit:e-cap-1-a year:2024").toString())
        .contains("unitTree:E-CAP-1-A")
        .contains("year:[2024 TO 2024]");
  }

  @Test
  void shouldLookInNotesOnlyForReadersOfNotes() throws Exception {
    assertThat(parser(true).parseText("soborno").toString())
        .contains("notes_es:soborn")
        .contains("files_es:soborn");
    assertThat(parser(false).parseText("soborno").toString())
        .doesNotContain("notes")
        .contains("files_es:soborn");
    assertThatThrownBy(() -> parser(false).parseText("note:soborno"))
        .isInstanceOf(ParseException.class);
  }

  private static Query days(String first, String last) {
    return org.apache.lucene.document.LongPoint.newRangeQuery(
        "receivedOn",
        java.time.LocalDate.parse(first).toEpochDay(),
        java.time.LocalDate.parse(last).toEpochDay());
  }

  @Test
  void shouldFindComplaintsReceivedInAReportsPeriodByTheCalendarDayOfReceipt() throws Exception {
    assertThat(parser().parseText("received:2025-03")).isEqualTo(days("2025-03-01", "2025-03-31"));
    assertThat(parser().parseText("received:2025-Q1")).isEqualTo(days("2025-01-01", "2025-03-31"));
    assertThat(parser().parseText("received:2025")).isEqualTo(days("2025-01-01", "2025-12-31"));
    assertThat(parser().parseText("received:2024-02-29"))
        .isEqualTo(days("2024-02-29", "2024-02-29"));
    assertThat(parser().parseText("soborno received:2025-q4").toString())
        .contains("narrative_es:soborn")
        .contains("receivedOn:[");
  }

  @Test
  void shouldReadARangeOfDaysWithBothEndsInclusiveAsTheReportsFilter() throws Exception {
    assertThat(parser().parseText("received:2014-01-01..2014-12-31"))
        .isEqualTo(days("2014-01-01", "2014-12-31"));
    assertThat(parser().parseText("received:2014-03..2014-Q2"))
        .isEqualTo(days("2014-03-01", "2014-06-30"));
    assertThat(parser().parseText("received:[2014-01-01 TO 2014-12-31]"))
        .isEqualTo(days("2014-01-01", "2014-12-31"));
    assertThat(parser().parseText("received:2020.."))
        .isEqualTo(
            org.apache.lucene.document.LongPoint.newRangeQuery(
                "receivedOn",
                java.time.LocalDate.parse("2020-01-01").toEpochDay(),
                Long.MAX_VALUE));
    assertThatThrownBy(() -> parser().parseText("received:2014-12-31..2014-01-01"))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void shouldReadTheReportsFiltersOfFindingAndClosureAsStructured() throws Exception {
    Query query =
        parser()
            .parseText(
                "received:2014-01-01..2014-12-31 territory:cap unit:\"E-CAP\" group:CORRUPTION"
                    + " finding:sustained closed:yes");
    assertThat(query.toString())
        .contains("finding:SUSTAINED")
        .contains("closed:YES")
        .contains("territory:CAP")
        .contains("unitTree:E-CAP")
        .contains("categoryGroup:CORRUPTION");
    assertThat(CaseQueryParser.isStructured(query)).isTrue();
    assertThat(parser().parseText("closed:no").toString()).contains("closed:NO");
    assertThatThrownBy(() -> parser().parseText("closed:maybe")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> parser().parseText("finding:guilty"))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void shouldRefuseWhatItCannotReadWithAReason() {
    for (String bad :
        List.of(
            "\"unclosed",
            "(soborno",
            "nofield:x",
            "so*no",
            "year:abc",
            "so*",
            "received:2025-13",
            "received:2025-Q5",
            "received:2023-02-29",
            "received:march")) {
      assertThatThrownBy(() -> parser().parseText(bad)).as(bad).isInstanceOf(ParseException.class);
    }
  }

  @Test
  void shouldWidenAWordTypedWithoutQuotesToTheOtherWordsOfItsConcept() throws Exception {
    String query = parser().parseText("soborno comisaria").toString();
    assertThat(query)
        .as("Spanish words in the Spanish field, stemmed as Spanish")
        .contains("narrative_es:mordid")
        .contains("narrative_es:coim")
        .contains("narrative_es:\"para el refresc\"")
        .contains("narrative_pt:cervejinh")
        .contains("narrative_en:kickback")
        .contains("narrative:delegacia")
        .doesNotContain("narrative_es:cervejinh")
        .doesNotContain("files_en:mordida")
        .doesNotContain("officers:mordida");
    assertThat(parser().parseText("\"soborno\"").toString())
        .as("in quotes, the word alone")
        .doesNotContain("mordida")
        .doesNotContain("namesSound");
    assertThat(parser().parseText("quetzales").toString())
        .as("a currency is money")
        .contains("narrative_es:diner")
        .contains("narrative:grana");
    assertThat(parser().parseText("golpizas").toString())
        .as("a plural the list does not hold is looked up as its singular")
        .contains("narrative_es:paliz");
  }

  @Test
  void shouldWidenAnEntryOfSeveralWordsTypedWithoutQuotes() throws Exception {
    assertThat(parser().parseText("golpiza Squad  Car").toString())
        .as("the entry as a phrase, and the concept's other words")
        .contains("narrative_en:\"squad car\"")
        .contains("narrative_en:cruiser")
        .contains("narrative:viatura");
    assertThat(parser().parseText("\"squad car\"").toString()).doesNotContain("cruiser");
    assertThat(parser().parseText("place:squad car").toString()).doesNotContain("cruiser");
    assertThat(parser().parseText("squad car~").toString()).doesNotContain("cruiser");
    Thesaurus thesaurus = Thesaurus.veedor();
    assertThat(thesaurus.holdPhrasesTogether("revisión SIN   orden \"sin orden\""))
        .isEqualTo("revisión SIN\\ orden \"sin orden\"");
    assertThat(thesaurus.holdPhrasesTogether("la estación de policía"))
        .as("accents folded, the longest entry first")
        .isEqualTo("la estación\\ de\\ policía");
  }

  @Test
  void shouldWelcomeButNotRequireAFunctionWordAmongOthers() throws Exception {
    Query query = parser().parseText("me subió a la patrulla");
    assertThat(((BooleanQuery) query).clauses())
        .extracting(BooleanClause::getOccur)
        .containsExactly(
            BooleanClause.Occur.MUST,
            BooleanClause.Occur.MUST,
            BooleanClause.Occur.SHOULD,
            BooleanClause.Occur.SHOULD,
            BooleanClause.Occur.MUST);
    assertThat(((BooleanQuery) parser().parseText("la AND patrulla")).clauses())
        .extracting(BooleanClause::getOccur)
        .containsOnly(BooleanClause.Occur.MUST);
    assertThat(((BooleanQuery) parser().parseText("+la patrulla")).clauses())
        .extracting(BooleanClause::getOccur)
        .containsOnly(BooleanClause.Occur.MUST);
  }

  @Test
  void shouldRankTheOtherWordsOfTheTypedWordsLanguageFirst() throws Exception {
    String query = parser().parseText("coima").toString();
    assertThat(query).contains("narrative_es:mordid^0.8").contains("narrative_pt:cervejinh^0.6");
  }

  @Test
  void shouldMeetALongNameOneLetterOffBySound() throws Exception {
    assertThat(parser().parseText("Bilalobos").toString()).contains("namesSound:bilalobos~1");
    assertThat(parser().parseText("Meza").toString()).doesNotContain("namesSound:mesa~1");
  }

  @Test
  void shouldKeepAFieldFilterRequiredWhateverItsValue() throws Exception {
    assertThat(((BooleanQuery) parser().parseText("soborno closed:no")).clauses())
        .extracting(BooleanClause::getOccur)
        .containsOnly(BooleanClause.Occur.MUST);
  }

  @Test
  void shouldExcludeAWordAsTypedNotItsConcept() throws Exception {
    String query = parser().parseText("golpe -soborno NOT Villalobos").toString();
    assertThat(query).contains("-(").doesNotContain("propin").doesNotContain("namesSound:bialobos");
    assertThat(query).as("the word kept is widened").contains("paliz");
  }

  @Test
  void shouldJoinAnEntryOnlyWhereItStandsAsWordsOfItsOwn() {
    Thesaurus thesaurus = Thesaurus.veedor();
    for (String kept :
        List.of(
            "-squad car",
            "+squad car",
            "!squad car",
            "NOT squad car",
            "place: squad car",
            "x NOT  squad car",
            "sin orden&&x",
            "squad car~",
            "narrative:squad car")) {
      assertThat(thesaurus.holdPhrasesTogether(kept)).as(kept).isEqualTo(kept);
    }
    assertThat(thesaurus.holdPhrasesTogether("golpe\tsquad\tcar")).isEqualTo("golpe\tsquad\\ car");
    assertThat(thesaurus.holdPhrasesTogether("(squad car)")).isEqualTo("(squad\\ car)");
  }

  @Test
  void shouldStopWideningBeforeLuceneRefusesTheQuery() throws Exception {
    Query query = parser().parseText("soborno extorsion golpes amenaza Villalobos detuvieron");
    assertThat(CaseQueryParser.leaves(query))
        .isLessThanOrEqualTo(CaseQueryParser.LEAF_BUDGET + 400)
        .isLessThan(org.apache.lucene.search.IndexSearcher.getMaxClauseCount());
    assertThat(query.toString()).as("the first words widened").contains("mordid");
  }

  @Test
  void shouldWidenNoMoreThanAFewWordsOfOneQuery() throws Exception {
    String query = parser().parseText("soborno dinero celular patrulla golpes").toString();
    assertThat(query).contains("narrative_es:lana").contains("narrative_es:movil");
    assertThat(query).as("the fifth word as typed").doesNotContain("paliza");
  }

  @Test
  void shouldMeetANameWrittenOtherwiseBySound() throws Exception {
    Analyzer sounds = sounds();
    for (String[] same :
        new String[][] {
          {"González", "Gonzales", "Gonsalez"},
          {"Sánchez", "Sanches"},
          {"Vásquez", "Vazquez", "Vasques"},
          {"Villalobos", "Billalobos"},
          {"Castillo", "Castiyo"},
          {"Ibarra", "Ybarra"},
          {"Herrera", "Herera"},
          {"Jiménez", "Gimenez", "Ximenez"},
          {"Souza", "Sousa"},
          {"Gonçalves", "Gonsalves", "Gonzalves"},
          {"Luiz", "Luis"},
          {"Rodrigues", "Rodríguez"},
          {"Bravo", "Brabo"}
        }) {
      String first = sound(sounds, same[0]);
      for (String other : same) {
        assertThat(sound(sounds, other)).as(other + " sounds as " + same[0]).isEqualTo(first);
      }
    }
    assertThat(sound(sounds, "Gómez")).isNotEqualTo(sound(sounds, "González"));
    assertThat(sound(sounds, "Guerra")).isNotEqualTo(sound(sounds, "Herrera"));
    assertThat(parser().parseText("gonzalez").toString()).contains("namesSound:gonsales");
    assertThat(parser().parseText("officer:gonzalez").toString()).doesNotContain("namesSound");
  }

  private static String sound(Analyzer analyzer, String name) throws IOException {
    try (var tokens = analyzer.tokenStream("namesSound", name)) {
      var term =
          tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      tokens.reset();
      StringBuilder sound = new StringBuilder();
      while (tokens.incrementToken()) {
        sound.append(term);
      }
      tokens.end();
      return sound.toString();
    }
  }
}
