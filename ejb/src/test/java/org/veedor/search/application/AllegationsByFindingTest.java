package org.veedor.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allegations behind a figure, summed from how many complaints hold how many of each. */
class AllegationsByFindingTest {

  @Test
  void shouldMultiplyEachTallyByTheComplaintsHoldingItWhenSumming() {
    // given 7 complaints with 2 sustained allegations, 3 with 1, and 4 with 1 undecided
    Map<String, Long> tally = Map.of("SUSTAINED=2", 7L, "SUSTAINED=1", 3L, "UNDECIDED=1", 4L);

    // when
    Map<String, Long> allegations = CaseSearch.allegationsByFinding(tally);

    // then
    assertThat(allegations)
        .containsEntry("SUSTAINED", 17L)
        .containsEntry("UNDECIDED", 4L)
        .containsEntry("NOT_SUSTAINED", 0L)
        .containsEntry("EXONERATED", 0L)
        .containsEntry("UNFOUNDED", 0L);
  }
}
