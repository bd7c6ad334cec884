package org.veedor.reporting.domain;

import java.util.List;

/**
 * A count table ready to publish: a value of {@code null} is a suppressed cell or total. Every
 * published value is at least k, and no suppressed one can be worked out from those published.
 *
 * @param cells by row, then column
 * @param primary how many cells and totals were suppressed for being below k
 * @param complementary how many more were suppressed so that the first could not be recovered
 */
public record SuppressedTable(
    List<String> rows,
    List<String> columns,
    Long[][] cells,
    Long[] rowTotals,
    Long[] columnTotals,
    Long grandTotal,
    int k,
    int primary,
    int complementary) {}
