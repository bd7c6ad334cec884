package org.veedor.reporting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for a two-way table with its margins. Every cell or total below k (zeros
 * included: "none" is also a statement about few people) is suppressed first. Then, because the
 * published totals are sums of cells, more cells are suppressed until no suppressed value can be
 * worked out from what is published: while an equation (a row, a column, the totals' row or column)
 * holds a single suppressed value, or while some suppressed value is otherwise determined by the
 * equations taken together, the smallest published member of such an equation is suppressed too.
 * The second test is exact linear algebra over the equations, so a value is never given away by a
 * combination of rows and columns either.
 */
public final class SmallCellSuppression {

  /** The default threshold of the publication rules. */
  public static final int DEFAULT_K = 5;

  private final int k;

  public SmallCellSuppression(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k is at least 1");
    }
    this.k = k;
  }

  public SuppressedTable apply(CountTable table) {
    Grid grid = new Grid(table);
    int primary = 0;
    for (int v = 0; v < grid.values.length; v++) {
      if (grid.values[v] < k) {
        grid.hidden[v] = true;
        primary++;
      }
    }
    int complementary = 0;
    // a table without rows or columns (a new install, a period without complaints) has only its
    // totals, each fixed by nothing else: hiding the small ones is all there is to do
    boolean changed = grid.rows > 0 && grid.columns > 0;
    while (changed) {
      changed = false;
      for (int[] equation : grid.equations) {
        if (count(grid, equation) == 1 && hideSmallestPublished(grid, equation)) {
          complementary++;
          changed = true;
        }
      }
      if (!changed) {
        int determined = Equations.firstDetermined(grid.equations, grid.hidden);
        if (determined >= 0) {
          for (int[] equation : grid.equations) {
            if (contains(equation, determined) && hideSmallestPublished(grid, equation)) {
              complementary++;
              changed = true;
              break;
            }
          }
          if (!changed) {
            throw new IllegalStateException(
                "no cell left to suppress: the table cannot be published");
          }
        }
      }
    }
    return grid.result(k, primary, complementary);
  }

  private static int count(Grid grid, int[] equation) {
    int hidden = 0;
    for (int v : equation) {
      if (grid.hidden[v]) {
        hidden++;
      }
    }
    return hidden;
  }

  private static boolean contains(int[] equation, int value) {
    for (int v : equation) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /** Hides the smallest published member, preferring cells to totals (totals carry more). */
  private static boolean hideSmallestPublished(Grid grid, int[] equation) {
    int best = -1;
    for (int v : equation) {
      if (!grid.hidden[v]
          && (best < 0
              || grid.isTotal(best) && !grid.isTotal(v)
              || grid.isTotal(best) == grid.isTotal(v) && grid.values[v] < grid.values[best])) {
        best = v;
      }
    }
    if (best < 0) {
      return false;
    }
    grid.hidden[best] = true;
    return true;
  }

  /**
   * The table's values in one array: the cells row by row, then the row totals, the column totals
   * and the grand total; and its equations, each a list of values whose first members sum to the
   * last.
   */
  static final class Grid {
    final int rows;
    final int columns;
    final long[] values;
    final boolean[] hidden;
    final List<int[]> equations = new ArrayList<>();
    private final CountTable table;

    Grid(CountTable table) {
      this.table = table;
      rows = table.rows().size();
      columns = table.columns().size();
      values = new long[rows * columns + rows + columns + 1];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          values[cell(i, j)] = table.cell(i, j);
        }
        values[rowTotal(i)] = table.rowTotal(i);
      }
      for (int j = 0; j < columns; j++) {
        values[columnTotal(j)] = table.columnTotal(j);
      }
      values[grand()] = table.grandTotal();
      hidden = new boolean[values.length];
      for (int i = 0; i < rows; i++) {
        int[] equation = new int[columns + 1];
        for (int j = 0; j < columns; j++) {
          equation[j] = cell(i, j);
        }
        equation[columns] = rowTotal(i);
        equations.add(equation);
      }
      for (int j = 0; j < columns; j++) {
        int[] equation = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
          equation[i] = cell(i, j);
        }
        equation[rows] = columnTotal(j);
        equations.add(equation);
      }
      int[] byRows = new int[rows + 1];
      for (int i = 0; i < rows; i++) {
        byRows[i] = rowTotal(i);
      }
      byRows[rows] = grand();
      equations.add(byRows);
      int[] byColumns = new int[columns + 1];
      for (int j = 0; j < columns; j++) {
        byColumns[j] = columnTotal(j);
      }
      byColumns[columns] = grand();
      equations.add(byColumns);
    }

    int cell(int i, int j) {
      return i * columns + j;
    }

    int rowTotal(int i) {
      return rows * columns + i;
    }

    int columnTotal(int j) {
      return rows * columns + rows + j;
    }

    int grand() {
      return values.length - 1;
    }

    boolean isTotal(int v) {
      return v >= rows * columns;
    }

    SuppressedTable result(int k, int primary, int complementary) {
      Long[][] cells = new Long[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          cells[i][j] = shown(cell(i, j));
        }
      }
      Long[] rowTotals = new Long[rows];
      for (int i = 0; i < rows; i++) {
        rowTotals[i] = shown(rowTotal(i));
      }
      Long[] columnTotals = new Long[columns];
      for (int j = 0; j < columns; j++) {
        columnTotals[j] = shown(columnTotal(j));
      }
      return new SuppressedTable(
          table.rows(),
          table.columns(),
          cells,
          rowTotals,
          columnTotals,
          shown(grand()),
          k,
          primary,
          complementary);
    }

    private Long shown(int v) {
      return hidden[v] ? null : values[v];
    }
  }

  /** Which hidden values the equations determine, by exact elimination over the rationals. */
  static final class Equations {

    private Equations() {}

    /**
     * The first hidden value that the equations fix, or -1. A hidden value is fixed when it is a
     * pivot of the reduced system whose row has no other hidden value left free.
     */
    static int firstDetermined(List<int[]> equations, boolean[] hidden) {
      List<Integer> unknowns = new ArrayList<>();
      int[] column = new int[hidden.length];
      for (int v = 0; v < hidden.length; v++) {
        column[v] = -1;
        if (hidden[v]) {
          column[v] = unknowns.size();
          unknowns.add(v);
        }
      }
      int n = unknowns.size();
      if (n == 0) {
        return -1;
      }
      List<long[]> matrix = new ArrayList<>();
      for (int[] equation : equations) {
        long[] row = new long[n];
        boolean any = false;
        for (int m = 0; m < equation.length; m++) {
          int v = equation[m];
          if (hidden[v]) {
            row[column[v]] += m == equation.length - 1 ? -1 : 1;
            any = true;
          }
        }
        if (any) {
          matrix.add(row);
        }
      }
      // fraction-free Gauss-Jordan elimination on small integer coefficients
      long[][] a = matrix.toArray(new long[0][]);
      int rank = 0;
      int[] pivotOfRow = new int[a.length];
      for (int c = 0; c < n && rank < a.length; c++) {
        int pivot = -1;
        for (int r = rank; r < a.length; r++) {
          if (a[r][c] != 0) {
            pivot = r;
            break;
          }
        }
        if (pivot < 0) {
          continue;
        }
        long[] swap = a[rank];
        a[rank] = a[pivot];
        a[pivot] = swap;
        for (int r = 0; r < a.length; r++) {
          if (r != rank && a[r][c] != 0) {
            long f = a[r][c];
            long p = a[rank][c];
            for (int x = 0; x < n; x++) {
              a[r][x] = a[r][x] * p - a[rank][x] * f;
            }
            reduce(a[r]);
          }
        }
        pivotOfRow[rank] = c;
        rank++;
      }
      for (int r = 0; r < rank; r++) {
        int nonZero = 0;
        for (int x = 0; x < n; x++) {
          if (a[r][x] != 0) {
            nonZero++;
          }
        }
        if (nonZero == 1) {
          return unknowns.get(pivotOfRow[r]);
        }
      }
      return -1;
    }

    private static void reduce(long[] row) {
      long g = 0;
      for (long x : row) {
        g = gcd(g, Math.abs(x));
      }
      if (g > 1) {
        for (int i = 0; i < row.length; i++) {
          row[i] /= g;
        }
      }
    }

    private static long gcd(long a, long b) {
      return b == 0 ? a : gcd(b, a % b);
    }
  }
}
