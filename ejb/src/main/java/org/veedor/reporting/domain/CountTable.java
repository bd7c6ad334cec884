package org.veedor.reporting.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A two-way table of counts (rows by columns) with its row totals, column totals and grand total,
 * as a report publishes it. The totals are computed from the cells.
 */
public final class CountTable {

  private final List<String> rows;
  private final List<String> columns;
  private final long[][] cells;

  public CountTable(List<String> rows, List<String> columns, long[][] cells) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    if (cells.length != rows.size()) {
      throw new IllegalArgumentException("one row of cells per row label");
    }
    this.cells = new long[cells.length][];
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].length != columns.size()) {
        throw new IllegalArgumentException("one cell per column label in row " + rows.get(i));
      }
      for (long cell : cells[i]) {
        if (cell < 0) {
          throw new IllegalArgumentException("counts are never negative");
        }
      }
      this.cells[i] = cells[i].clone();
    }
  }

  public List<String> rows() {
    return rows;
  }

  public List<String> columns() {
    return columns;
  }

  public long cell(int row, int column) {
    return cells[row][column];
  }

  public long rowTotal(int row) {
    return Arrays.stream(cells[row]).sum();
  }

  public long columnTotal(int column) {
    long total = 0;
    for (long[] row : cells) {
      total += row[column];
    }
    return total;
  }

  public long grandTotal() {
    return Arrays.stream(cells).flatMapToLong(Arrays::stream).sum();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountTable t
        && rows.equals(t.rows)
        && columns.equals(t.columns)
        && Arrays.deepEquals(cells, t.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, columns, Arrays.deepHashCode(cells));
  }
}
