package org.veedor.history.domain;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.veedor.platform.csv.CsvReader;

/**
 * Another system's export as read through its mapping: each complaint with its accused officers and
 * complainants, rows grouped by the complaint's key. Exports repeat a complaint on several rows
 * (one per address or investigator, and fragments with their columns shifted): the first row that
 * carries the complaint's date is the complaint, and the other rows of the same key are counted as
 * merged, not imported twice. Rows that cannot belong to any complaint are rejected with their
 * line.
 */
public final class SourceExport {

  /** A source row: its line in the file and its values by column. */
  public record Row(int line, Map<String, String> values) {

    /** The value of a column, stripped; empty when the column is absent or blank. */
    public String get(String column) {
      if (column == null) {
        return "";
      }
      String v = values.get(column);
      return v == null ? "" : v.strip();
    }
  }

  /** A complaint of the export with the rows that belong to it. */
  public record Complaint(String key, Row row, List<Row> accused, List<Row> complainants) {

    /** A digest of every source row of the complaint: equal digests, nothing changed. */
    public String digest() {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        feed(sha, row);
        accused.forEach(r -> feed(sha, r));
        sha.update((byte) 1);
        complainants.forEach(r -> feed(sha, r));
        return HexFormat.of().formatHex(sha.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void feed(MessageDigest sha, Row r) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(r.values()).entrySet()) {
        sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(e.getValue().strip().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      sha.update((byte) '\n');
    }
  }

  private final Map<String, Complaint> complaints = new LinkedHashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private int rowsRead;
  private int rowsMerged;

  private SourceExport() {}

  /**
   * Reads the export's files (by their roles in the mapping).
   *
   * @throws MappingException when a file is missing or lacks a column the mapping reads
   * @throws org.veedor.platform.csv.CsvFormatException when a file is not CSV
   */
  public static SourceExport read(ImportMapping mapping, Map<String, Reader> files)
      throws IOException {
    SourceExport export = new SourceExport();
    export.readComplaints(mapping, reader(files, mapping.complaints()));
    export.readBelonging(mapping.accused(), reader(files, mapping.accused()), true);
    if (mapping.complainants().isPresent()) {
      export.readBelonging(
          mapping.complainants().get(), reader(files, mapping.complainants().get()), false);
    }
    return export;
  }

  private static Reader reader(Map<String, Reader> files, ImportMapping.FileSpec spec) {
    Reader reader = files.get(spec.role());
    if (reader == null) {
      throw new MappingException(ImportRefusal.FILE_MISSING, spec.role());
    }
    return reader;
  }

  public List<Complaint> complaints() {
    return List.copyOf(complaints.values());
  }

  /** Rows rejected while reading, with their reasons. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** Data rows read from every file. */
  public int rowsRead() {
    return rowsRead;
  }

  /** Repeated complaint rows merged into the complaint's first dated row. */
  public int rowsMerged() {
    return rowsMerged;
  }

  private void readComplaints(ImportMapping mapping, Reader in) throws IOException {
    ImportMapping.FileSpec spec = mapping.complaints();
    String dateColumn = spec.column("receivedAt");
    Map<String, List<Row>> byKey = new LinkedHashMap<>();
    CsvReader csv = new CsvReader(in);
    List<String> header = header(csv, spec);
    for (CsvReader.Record record; (record = csv.next()) != null; ) {
      if (record.isBlank()) {
        continue;
      }
      rowsRead++;
      Row row = row(header, record);
      String key = row.get(spec.key());
      if (key.isEmpty()) {
        findings.add(Finding.rejected(spec.role(), row.line(), null, spec.key() + " is empty"));
        continue;
      }
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    byKey.forEach(
        (key, rows) -> {
          Row dated =
              rows.stream().filter(r -> !r.get(dateColumn).isEmpty()).findFirst().orElse(null);
          if (dated == null) {
            findings.add(
                Finding.rejected(
                    spec.role(), rows.get(0).line(), key, "no " + dateColumn + " on any row"));
            return;
          }
          rowsMerged += rows.size() - 1;
          complaints.put(key, new Complaint(key, dated, new ArrayList<>(), new ArrayList<>()));
        });
  }

  private void readBelonging(ImportMapping.FileSpec spec, Reader in, boolean accused)
      throws IOException {
    CsvReader csv = new CsvReader(in);
    List<String> header = header(csv, spec);
    for (CsvReader.Record record; (record = csv.next()) != null; ) {
      if (record.isBlank()) {
        continue;
      }
      rowsRead++;
      Row row = row(header, record);
      String key = row.get(spec.key());
      Complaint complaint = complaints.get(key);
      if (complaint == null) {
        findings.add(
            Finding.rejected(
                spec.role(),
                row.line(),
                key.isEmpty() ? null : key,
                key.isEmpty() ? spec.key() + " is empty" : "no complaint " + key + " was read"));
        continue;
      }
      (accused ? complaint.accused() : complaint.complainants()).add(row);
    }
  }

  private static List<String> header(CsvReader csv, ImportMapping.FileSpec spec)
      throws IOException {
    CsvReader.Record first = csv.next();
    if (first == null) {
      throw new MappingException(ImportRefusal.FILE_EMPTY, spec.role());
    }
    List<String> header = first.fields().stream().map(String::strip).toList();
    Set<String> missing = new TreeSet<>(spec.required());
    missing.removeAll(header);
    if (!missing.isEmpty()) {
      throw new MappingException(ImportRefusal.COLUMNS_MISSING, spec.role(), missing.toString());
    }
    return header;
  }

  private static Row row(List<String> header, CsvReader.Record record) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> fields = record.fields();
    for (int i = 0; i < header.size(); i++) {
      values.put(header.get(i), i < fields.size() ? fields.get(i) : "");
    }
    return new Row(record.line(), values);
  }
}
