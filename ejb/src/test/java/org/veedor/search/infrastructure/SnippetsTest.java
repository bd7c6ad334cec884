package org.veedor.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void shouldMarkTheStemmedAndFuzzyWordsAndEscapeTheRest() throws Exception {
    Analyzer spanish =
        CaseQueryParserTest.analyzer("lowercase", "asciiFolding", "spanishLightStem");
    Query query = CaseQueryParserTest.parser().parseText("sobornos");
    String text = "Dijo <b>que</b> el agente pidió un soborno & amenazó con la multa.";

    String passage = Snippets.of(query).passages(spanish, "narrative_es", text, 2, 180).get(0);

    assertThat(passage)
        .contains("<mark>soborno</mark>")
        .contains("&lt;b&gt;que&lt;/b&gt;")
        .contains("&amp; amenazó")
        .doesNotContain("<b>");
  }

  @Test
  void shouldNotMarkWordsTheQueryExcludes() throws Exception {
    Analyzer neutral = CaseQueryParserTest.analyzer("lowercase", "asciiFolding");
    Query query = CaseQueryParserTest.parser().parseText("multa NOT soborno");
    String text = "un soborno y una multa";

    assertThat(Snippets.of(query).passages(neutral, "narrative", text, 1, 180))
        .containsExactly("un soborno y una <mark>multa</mark>");
  }
}
