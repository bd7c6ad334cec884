package org.veedor.web.reporting;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an export says it contains: the filters that made it (as the query parameters that make it
 * again), the deployment's zone and how days are counted, when it was read, and the suppression
 * rule. In JSON these are fields beside the table; a CSV keeps its table alone (header row first,
 * so any CSV reader takes it as it is) and says them in response headers ({@code Veedor-Filters},
 * {@code Veedor-Zone}, {@code Veedor-Days}, {@code Veedor-As-Of}, {@code Veedor-Suppression}) and
 * in the name of the file, which keeps the filters and the time once downloaded.
 */
record ExportNote(Map<String, String> filters, String zone, String asOf, String suppression) {

  /** How the reports count days, for every export. */
  static final String DAYS =
      "periods and ranges by the calendar day of receipt in each record's zone (the deployment's"
          + " for complaints registered here, the source's for imported ones); from and to both"
          + " inclusive";

  /** The rule of the signed-in reports: no suppression, sealed cases counted. */
  static final String NOT_SUPPRESSED =
      "none: figures for signed-in readers, sealed and open cases counted; published figures go"
          + " through open data, which suppresses small cells";

  ExportNote {
    filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
  }

  static ExportNote of(Map<String, String> filters, Clock clock, String suppression) {
    return new ExportNote(filters, clock.getZone().getId(), ReportFilters.asOf(clock), suppression);
  }

  /** The note's fields, to put beside a table in JSON. */
  void addTo(Map<String, Object> body) {
    body.put("filters", filters);
    body.put("zone", zone);
    body.put("days", DAYS);
    body.put("asOf", asOf);
    body.put("suppression", suppression);
  }

  /** A CSV download of a table named {@code name}, the note in its headers and file name. */
  Response csv(String name, String csv) {
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(name) + "\"")
        .header("Veedor-Filters", query())
        .header("Veedor-Zone", zone)
        .header("Veedor-Days", DAYS)
        .header("Veedor-As-Of", asOf)
        .header("Veedor-Suppression", suppression)
        .build();
  }

  /** The filters as a query string ({@code period=year&territory=CAP}). */
  String query() {
    return filters.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("&"));
  }

  /**
   * The file's name: the table, each filter, the time read ({@code
   * volume_period-year_territory-CAP_2026-12-02T0915-0500.csv}), in letters, digits and dashes.
   */
  String fileName(String name) {
    StringBuilder file = new StringBuilder(safe(name));
    filters.forEach((k, v) -> file.append('_').append(safe(k)).append('-').append(safe(v)));
    file.append('_').append(safe(asOf.replace(":", "")));
    return file.append(".csv").toString();
  }

  private static String safe(String text) {
    return text.replaceAll("[^A-Za-z0-9+-]", "-");
  }
}
