package org.veedor.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

  private static final SmallCellSuppression RULE =
      new SmallCellSuppression(SmallCellSuppression.DEFAULT_K);

  @Test
  void shouldHideASmallCellAndEnoughOthersThatTheTotalsCannotGiveItAway() {
    CountTable table =
        new CountTable(List.of("x", "y"), List.of("A", "B"), new long[][] {{3, 10}, {8, 12}});

    SuppressedTable published = RULE.apply(table);

    assertThat(published.cells()).isDeepEqualTo(new Long[][] {{null, null}, {null, null}});
    assertThat(published.rowTotals()).containsExactly(13L, 20L);
    assertThat(published.columnTotals()).containsExactly(11L, 22L);
    assertThat(published.grandTotal()).isEqualTo(33L);
    assertThat(published.primary()).isEqualTo(1);
    assertThat(published.complementary()).isEqualTo(3);
  }

  @Test
  void shouldPublishATableWithoutSmallCellsAsItIs() {
    CountTable table =
        new CountTable(List.of("x", "y"), List.of("A", "B"), new long[][] {{7, 10}, {8, 12}});

    SuppressedTable published = RULE.apply(table);

    assertThat(published.cells()).isDeepEqualTo(new Long[][] {{7L, 10L}, {8L, 12L}});
    assertThat(published.primary() + published.complementary()).isZero();
  }

  @Test
  void shouldNeverPublishACellBelowKNorLetOneBeWorkedOutOnRandomTables() {
    SplittableRandom random = new SplittableRandom(20261128);
    for (int t = 0; t < 400; t++) {
      int rows = 1 + random.nextInt(6);
      int columns = 1 + random.nextInt(6);
      long[][] cells = new long[rows][columns];
      for (long[] row : cells) {
        for (int j = 0; j < columns; j++) {
          double r = random.nextDouble();
          row[j] = r < 0.15 ? 0 : r < 0.45 ? 1 + random.nextInt(4) : 5 + random.nextInt(60);
        }
      }
      CountTable table = new CountTable(labels("r", rows), labels("c", columns), cells);

      SuppressedTable published = RULE.apply(table);

      List<Long> truth = new ArrayList<>();
      List<Long> shown = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          truth.add(cells[i][j]);
          shown.add(published.cells()[i][j]);
        }
      }
      for (int i = 0; i < rows; i++) {
        truth.add(table.rowTotal(i));
        shown.add(published.rowTotals()[i]);
      }
      for (int j = 0; j < columns; j++) {
        truth.add(table.columnTotal(j));
        shown.add(published.columnTotals()[j]);
      }
      truth.add(table.grandTotal());
      shown.add(published.grandTotal());
      for (int v = 0; v < truth.size(); v++) {
        if (shown.get(v) != null) {
          assertThat(shown.get(v))
              .as("table %d, value %d", t, v)
              .isEqualTo(truth.get(v))
              .isGreaterThanOrEqualTo(5L);
        }
      }
      List<Integer> recoverable = recoverable(rows, columns, shown);
      assertThat(recoverable).as("table %d: hidden values the totals give away", t).isEmpty();
    }
  }

  private static List<String> labels(String prefix, int n) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add(prefix + i);
    }
    return labels;
  }

  /**
   * An attacker's view, computed independently of the rule: the hidden values as unknowns of the
   * table's sum equations; one is recoverable when its unit vector lies in the equations' row space
   * (rank unchanged by adding it), by exact elimination over big integers.
   */
  private static List<Integer> recoverable(int rows, int columns, List<Long> shown) {
    int cells = rows * columns;
    List<int[]> equations = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int[] e = new int[columns + 1];
      for (int j = 0; j < columns; j++) {
        e[j] = i * columns + j;
      }
      e[columns] = cells + i;
      equations.add(e);
    }
    for (int j = 0; j < columns; j++) {
      int[] e = new int[rows + 1];
      for (int i = 0; i < rows; i++) {
        e[i] = i * columns + j;
      }
      e[rows] = cells + rows + j;
      equations.add(e);
    }
    int grand = cells + rows + columns;
    int[] byRows = new int[rows + 1];
    for (int i = 0; i < rows; i++) {
      byRows[i] = cells + i;
    }
    byRows[rows] = grand;
    equations.add(byRows);
    int[] byColumns = new int[columns + 1];
    for (int j = 0; j < columns; j++) {
      byColumns[j] = cells + rows + j;
    }
    byColumns[columns] = grand;
    equations.add(byColumns);

    List<Integer> hidden = new ArrayList<>();
    for (int v = 0; v < shown.size(); v++) {
      if (shown.get(v) == null) {
        hidden.add(v);
      }
    }
    List<BigInteger[]> system = new ArrayList<>();
    for (int[] e : equations) {
      BigInteger[] row = new BigInteger[hidden.size()];
      java.util.Arrays.fill(row, BigInteger.ZERO);
      for (int m = 0; m < e.length; m++) {
        int index = hidden.indexOf(e[m]);
        if (index >= 0) {
          row[index] = row[index].add(BigInteger.valueOf(m == e.length - 1 ? -1 : 1));
        }
      }
      system.add(row);
    }
    int rank = rank(system);
    List<Integer> found = new ArrayList<>();
    for (int h = 0; h < hidden.size(); h++) {
      List<BigInteger[]> extended = new ArrayList<>(system);
      BigInteger[] unit = new BigInteger[hidden.size()];
      java.util.Arrays.fill(unit, BigInteger.ZERO);
      unit[h] = BigInteger.ONE;
      extended.add(unit);
      if (rank(extended) == rank) {
        found.add(hidden.get(h));
      }
    }
    return found;
  }

  private static int rank(List<BigInteger[]> rows) {
    if (rows.isEmpty() || rows.get(0).length == 0) {
      return 0;
    }
    BigInteger[][] a = new BigInteger[rows.size()][];
    for (int i = 0; i < a.length; i++) {
      a[i] = rows.get(i).clone();
    }
    int n = a[0].length;
    int rank = 0;
    for (int c = 0; c < n && rank < a.length; c++) {
      int pivot = -1;
      for (int r = rank; r < a.length; r++) {
        if (a[r][c].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] swap = a[rank];
      a[rank] = a[pivot];
      a[pivot] = swap;
      for (int r = rank + 1; r < a.length; r++) {
        if (a[r][c].signum() != 0) {
          BigInteger f = a[r][c];
          BigInteger p = a[rank][c];
          for (int x = 0; x < n; x++) {
            a[r][x] = a[r][x].multiply(p).subtract(a[rank][x].multiply(f));
          }
        }
      }
      rank++;
    }
    return rank;
  }

  @Test
  void shouldPublishATableWithoutRowsAsItsTotalsOnANewInstall() {
    CountTable empty = new CountTable(List.of(), List.of("A", "B"), new long[0][]);

    SuppressedTable published = new SmallCellSuppression(5).apply(empty);

    assertThat(published.cells()).isEmpty();
    assertThat(published.columnTotals()).containsExactly(null, null);
  }
}
