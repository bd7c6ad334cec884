package org.veedor.search.infrastructure;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers, by Lucene's factory names (so that no Lucene class is named here). Accents are
 * folded before stemming: complaints are typed on phones and kiosks where "extorsion" stands for
 * "extorsión", and both must meet.
 */
public class CaseAnalysis implements LuceneAnalysisConfigurer {

  /**
   * How a folded name becomes its sound, rule after rule (Java patterns on one lower-case word; an
   * upper-case letter marks a sound already settled, lowered at the end).
   */
  /**
   * Applied before accents are folded: Portuguese ç sounds as s (Gonçalves, Gonsalves), which
   * folding would turn into a hard c.
   */
  static final String[][] SOUNDS_BEFORE_FOLDING = {{"ç", "s"}};

  static final String[][] SOUNDS = {
    {"^x", "j"}, // Ximénez as Jiménez
    {"ph", "f"},
    {"ch", "X"}, // Sánchez and Sanches, Chávez
    {"gu(?=[ei])", "G"}, // Guerra: a hard g
    {"g(?=[ei])", "j"}, // Gimenez and Jimenez
    {"qu(?=[ei])", "k"},
    {"c(?=[ei])", "s"},
    {"[cq]", "k"},
    {"z", "s"},
    {"h", ""}, // Herrera and Herera; Portuguese nh and lh keep their n and l
    {"ll", "y"},
    {"y", "i"}, // Ybarra and Ibarra; Castillo and Castiyo
    {"v", "b"}, // Villalobos and Billalobos
    {"w", "b"},
    {"(.)\\1+", "$1"}, // doubled letters: Herrera, Cavalcanti
    {"G", "g"},
    {"X", "x"}
  };

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(Analyzers.SPANISH)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("spanishLightStem");
    context
        .analyzer(Analyzers.PORTUGUESE)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("portugueseLightStem");
    context
        .analyzer(Analyzers.ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilter("englishPossessive")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("porterStem");
    context
        .analyzer(Analyzers.NEUTRAL)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
    context
        .analyzer(Analyzers.NAME)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
    var sounds =
        context.analyzer(Analyzers.SOUNDS).custom().tokenizer("standard").tokenFilter("lowercase");
    for (String[] rule : SOUNDS_BEFORE_FOLDING) {
      sounds.tokenFilter("patternReplace").param("pattern", rule[0]).param("replacement", rule[1]);
    }
    sounds.tokenFilter("asciiFolding");
    for (String[] rule : SOUNDS) {
      sounds.tokenFilter("patternReplace").param("pattern", rule[0]).param("replacement", rule[1]);
    }
    // a lone H sounds as nothing: no empty term
    sounds.tokenFilter("length").param("min", "1").param("max", "255");
    context
        .normalizer(Analyzers.FOLDED)
        .custom()
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }
}
