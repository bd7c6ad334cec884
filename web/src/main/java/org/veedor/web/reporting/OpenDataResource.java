package org.veedor.web.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veedor.platform.InputReason;
import org.veedor.reporting.application.OpenData;
import org.veedor.reporting.domain.SuppressedTable;
import org.veedor.web.platform.QueryParams;

/**
 * Open data, without login: {@code GET /open-data/} lists the public datasets, {@code GET
 * /open-data/{name}} serves one as JSON or ({@code format=csv}) CSV. Suppressed cells are null in
 * JSON and empty in CSV. Each says what it contains ({@link ExportNote}): no filter (all the
 * complaints the public may count), the zone, the time read, the suppression rule.
 */
@Path("/open-data")
@PermitAll
public class OpenDataResource {

  @Inject OpenData openData;
  @Inject Clock clock;

  @GET
  @Path("/")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> datasets() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (OpenData.Dataset d : OpenData.DATASETS) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", d.name());
      entry.put("title", d.title());
      entry.put("rows", d.rowsAre());
      entry.put("columns", d.columnsAre());
      entry.put("json", "open-data/" + d.name());
      entry.put("csv", "open-data/" + d.name() + "?format=csv");
      list.add(entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("k", openData.k());
    body.put("officers", openData.officersNamed() ? "named" : "pseudonymous");
    body.put(
        "rules",
        "Counts only; no complainant data; sealed cases left out; every published cell and total"
            + " is at least k; cells that would let a suppressed one be worked out from the totals"
            + " are suppressed too.");
    body.put("datasets", list);
    return body;
  }

  @GET
  @Path("/{name}")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response dataset(@PathParam("name") String name, @QueryParam("format") String format) {
    QueryParams params = new QueryParams();
    boolean csv = "csv".equalsIgnoreCase(format);
    if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
      params.reject("format", InputReason.NOT_ONE_OF, "[json, csv]");
    }
    params.check();
    SuppressedTable table =
        openData.dataset(name).orElseThrow(() -> new NotFoundException("no dataset " + name));
    ExportNote note = ExportNote.of(Map.of(), clock, suppression(table.k()));
    if (csv) {
      return note.csv(name, csv(table));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    note.addTo(body);
    body.put("k", table.k());
    body.put("rows", table.rows());
    body.put("columns", table.columns());
    List<List<Long>> cells = new ArrayList<>();
    for (Long[] row : table.cells()) {
      cells.add(java.util.Arrays.asList(row));
    }
    body.put("cells", cells);
    body.put("rowTotals", java.util.Arrays.asList(table.rowTotals()));
    body.put("columnTotals", java.util.Arrays.asList(table.columnTotals()));
    body.put("grandTotal", table.grandTotal());
    body.put("suppressedBelowK", table.primary());
    body.put("suppressedComplementary", table.complementary());
    return Response.ok(body, MediaType.APPLICATION_JSON).build();
  }

  /** The suppression rule of open data, with its k. */
  static String suppression(int k) {
    return "small cells: every published cell and total is at least k="
        + k
        + " (fewer are left empty), and cells that would let a suppressed one be worked out from"
        + " the totals are left empty too (SmallCellSuppression)";
  }

  static String csv(SuppressedTable t) {
    StringBuilder out = new StringBuilder("\"\"");
    for (String c : t.columns()) {
      out.append(',').append(quote(c));
    }
    out.append(",TOTAL\r\n");
    for (int i = 0; i < t.rows().size(); i++) {
      out.append(quote(t.rows().get(i)));
      for (Long cell : t.cells()[i]) {
        out.append(',').append(cell == null ? "" : cell);
      }
      out.append(',').append(t.rowTotals()[i] == null ? "" : t.rowTotals()[i]).append("\r\n");
    }
    out.append("TOTAL");
    for (Long total : t.columnTotals()) {
      out.append(',').append(total == null ? "" : total);
    }
    out.append(',').append(t.grandTotal() == null ? "" : t.grandTotal()).append("\r\n");
    return out.toString();
  }

  private static String quote(String text) {
    String t = text.matches("^[=+\\-@].*") ? "'" + text : text;
    return "\"" + t.replace("\"", "\"\"") + "\"";
  }
}
