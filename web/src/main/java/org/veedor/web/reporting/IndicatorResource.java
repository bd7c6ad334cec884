package org.veedor.web.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.platform.InputReason;
import org.veedor.reporting.application.Indicators;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.web.platform.QueryParams;

/**
 * The indicators: {@code GET /reports/indicators/{name}} with {@code period} (month, quarter, year,
 * all), {@code from} and {@code to} (days of receipt), {@code territory}, {@code unit} (with the
 * units below it), {@code group} (allegation group), {@code top} (officers), and {@code format=csv}
 * for a CSV export of the same table. Each export says what it contains ({@link ExportNote}): the
 * filters, the zone, the time read, the suppression rule.
 */
@Path("/reports/indicators")
@RolesAllowed(Roles.SIGNED_IN)
public class IndicatorResource {

  @Inject Indicators indicators;
  @Inject Clock clock;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> names() {
    return Indicators.NAMES;
  }

  @GET
  @Path("/{name}")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response indicator(
      @PathParam("name") String name,
      @QueryParam("period") String period,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("territory") String territory,
      @QueryParam("unit") String unit,
      @QueryParam("group") String group,
      @QueryParam("top") String top,
      @QueryParam("format") String format) {
    QueryParams params = new QueryParams();
    ReportFilter filter = filter(params, period, from, to, territory, unit, group);
    int most = params.integer("top", top, 10, 1, 1000);
    boolean csv = "csv".equalsIgnoreCase(format);
    if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
      params.reject("format", InputReason.NOT_ONE_OF, "[json, csv]");
    }
    if (!Indicators.NAMES.contains(name)) {
      params.reject("name", InputReason.NOT_ONE_OF, Indicators.NAMES);
    }
    params.check();
    ReportTable table = indicators.indicator(name, filter, most);
    Map<String, String> filters = ReportFilters.parameters(filter);
    if (top != null) {
      filters.put("top", Integer.toString(most));
    }
    ExportNote note = ExportNote.of(filters, clock, ExportNote.NOT_SUPPRESSED);
    return csv
        ? note.csv(table.name(), table.csv())
        : Response.ok(json(table, note), MediaType.APPLICATION_JSON).build();
  }

  /** The filter from query parameters; errors are collected in {@code params}. */
  static ReportFilter filter(
      QueryParams params,
      String period,
      String from,
      String to,
      String territory,
      String unit,
      String group) {
    Period p = params.enumeration("period", period, Period.class);
    java.time.LocalDate f = params.date("from", from);
    java.time.LocalDate t = params.date("to", to);
    if (f != null && t != null && t.isBefore(f)) {
      params.reject("to", InputReason.RANGE_END_BEFORE_START);
      t = null;
    }
    return new ReportFilter(
        p == null ? Period.YEAR : p,
        f,
        t,
        params.text("territory", territory, 40),
        params.text("unit", unit, 40),
        params.enumeration("group", group, CategoryGroup.class));
  }

  /** The table with what it contains: its filters, zone, time read and suppression rule. */
  static Map<String, Object> json(ReportTable table, ExportNote note) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", table.name());
    note.addTo(body);
    body.put("columns", table.columns());
    body.put("rows", table.records());
    return body;
  }
}
