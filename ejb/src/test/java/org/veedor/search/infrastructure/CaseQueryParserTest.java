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
                "officers", neutral)),
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
}
