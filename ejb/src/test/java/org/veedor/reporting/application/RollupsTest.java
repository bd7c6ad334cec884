package org.veedor.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollupsTest {

  /** percentile_cont over the values themselves, as the database computes it. */
  private static double direct(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double position = p * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = (int) Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  }

  @Test
  void shouldGiveTheSamePercentilesFromAHistogramAsFromTheValues() {
    Random random = new Random(7);
    for (int run = 0; run < 200; run++) {
      int n = 1 + random.nextInt(300);
      double[] values = new double[n];
      long[] counts = new long[400];
      for (int i = 0; i < n; i++) {
        int days = random.nextInt(run % 2 == 0 ? 400 : 12);
        values[i] = days;
        counts[days]++;
      }
      List<long[]> histogram = new ArrayList<>();
      for (int d = 0; d < counts.length; d++) {
        if (counts[d] > 0) {
          histogram.add(new long[] {d, counts[d]});
        }
      }
      for (double p : new double[] {0.5, 0.9}) {
        assertThat(Rollups.percentile(histogram, p)).isEqualTo(direct(values, p));
      }
    }
    assertThat(Rollups.percentile(List.of(), 0.5)).isNull();
  }
}
