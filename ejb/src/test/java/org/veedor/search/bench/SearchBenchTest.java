package org.veedor.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchBenchTest {

  @Test
  void shouldReplaceOnlyTheSectionOfTheSizeMeasured() {
    String before = "## 100,000 complaints\n\nold small\n\n## 1,000,000 complaints\n\nold large\n";
    String after = SearchBench.withSection(before, 100_000, "## 100,000 complaints\n\nnew small");
    assertThat(after)
        .isEqualTo(
            "## 100,000 complaints\n\nnew small\n\n## 1,000,000 complaints\n\nold large\n\n");
    assertThat(SearchBench.withSection("", 10_000, "## 10,000 complaints\n\nfirst"))
        .isEqualTo("## 10,000 complaints\n\nfirst\n\n");
  }
}
