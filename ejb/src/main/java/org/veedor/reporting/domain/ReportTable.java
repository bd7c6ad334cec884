package org.veedor.reporting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's table: named columns and rows of values (texts, whole numbers, or decimals rounded to
 * four places), in the order the report gives them; served as JSON and as CSV.
 */
public record ReportTable(String name, List<String> columns, List<List<Object>> rows) {

  public ReportTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row of " + name + " has the wrong width");
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }

  /** The rows as objects keyed by column. */
  public List<Map<String, Object>> records() {
    List<Map<String, Object>> records = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        record.put(columns.get(i), row.get(i));
      }
      records.add(record);
    }
    return records;
  }

  /** The table as CSV (RFC 4180), header first. */
  public String csv() {
    StringBuilder out = new StringBuilder();
    line(out, new ArrayList<>(columns));
    rows.forEach(r -> line(out, r));
    return out.toString();
  }

  private static void line(StringBuilder out, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = values.get(i);
      String text = v == null ? "" : v.toString();
      if (text.matches("^[=+\\-@].*") && !(v instanceof Number)) {
        text = "'" + text; // no formulas for spreadsheets
      }
      if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
        text = "\"" + text.replace("\"", "\"\"") + "\"";
      }
      out.append(text);
    }
    out.append("\r\n");
  }

  /** A row of a label, a total, then each part followed by its share of the total. */
  public static List<Object> counted(String label, long total, long... parts) {
    List<Object> row = new ArrayList<>();
    row.add(label);
    row.add(total);
    for (long part : parts) {
      row.add(part);
      row.add(ratio(part, total));
    }
    return row;
  }

  /** A ratio rounded to four places, or null when there is nothing to divide by. */
  public static Double ratio(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
  }

  /** A decimal rounded to one place, or null. */
  public static Double round1(Number value) {
    return value == null ? null : Math.round(value.doubleValue() * 10.0) / 10.0;
  }
}
