package org.veedor.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComplaintFilterTest {

  @Test
  void shouldDescribeOnlyThePartsThatAreSet() {
    ComplaintFilter filter =
        new ComplaintFilter(
            ComplaintStatus.CLOSED, "BRIBERY", null, " ", null, LocalDate.of(2025, 1, 1), null);

    assertThat(filter.describe())
        .isEqualTo("status CLOSED, category BRIBERY, received from 2025-01-01");
    assertThat(ComplaintFilter.none().describe()).isEqualTo("all");
  }
}
