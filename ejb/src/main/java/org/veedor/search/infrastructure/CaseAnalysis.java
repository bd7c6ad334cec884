package org.veedor.search.infrastructure;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers, by Lucene's factory names (so that no Lucene class is named here). Accents are
 * folded before stemming: complaints are typed on phones and kiosks where "extorsion" stands for
 * "extorsión", and both must meet.
 */
public class CaseAnalysis implements LuceneAnalysisConfigurer {

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
    context
        .normalizer(Analyzers.FOLDED)
        .custom()
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }
}
