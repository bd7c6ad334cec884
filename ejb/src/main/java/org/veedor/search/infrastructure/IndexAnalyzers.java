package org.veedor.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

/** The analyzers the index was built with, for parsing queries the same way. */
@ApplicationScoped
public class IndexAnalyzers {

  @PersistenceUnit EntityManagerFactory factory;
  private volatile Analyzer perField;

  /** One of {@link Analyzers}' analyzers. */
  public Analyzer get(String name) {
    return Search.mapping(factory)
        .backend()
        .unwrap(LuceneBackend.class)
        .analyzer(name)
        .orElseThrow(() -> new IllegalStateException("no analyzer " + name + " in the index"));
  }

  /** Each text field of the complaint index with the analyzer it was indexed with. */
  public Analyzer perField() {
    Analyzer wrapper = perField;
    if (wrapper == null) {
      Map<String, Analyzer> fields = new HashMap<>();
      Analyzers.BY_LANGUAGE.forEach(
          (language, analyzer) -> {
            fields.put(CaseFields.narrativeIn(language), get(analyzer));
            fields.put(CaseFields.in(CaseFields.FILES, language), get(analyzer));
            fields.put(CaseFields.in(CaseFields.IDENTIFYING_FILES, language), get(analyzer));
            fields.put(CaseFields.in(CaseFields.NOTES, language), get(analyzer));
          });
      fields.put(CaseFields.OFFICERS, get(Analyzers.NAME));
      fields.put(CaseFields.NAME, get(Analyzers.NAME));
      fields.put(CaseFields.NAMES_SOUND, get(Analyzers.SOUNDS));
      wrapper = new PerFieldAnalyzerWrapper(get(Analyzers.NEUTRAL), fields);
      perField = wrapper;
    }
    return wrapper;
  }
}
