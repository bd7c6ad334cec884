package org.veedor.web.reporting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.domain.CategoryGroup;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.reporting.application.EarlyWarning;
import org.veedor.reporting.application.Indicators;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.web.platform.Messages;

/**
 * The dashboards (reports/dashboard.xhtml): for leadership (volume and rate, units compared, volume
 * by category, corruption, early warning, the officers named most) and for the oversight board
 * (substantiation, time to disposition, sanction consistency, appeals, volume by category, trust,
 * data quality), filtered by period, territory, unit and allegation group. Each chart has its table
 * beside it; a table's period links to the complaints behind it (for readers who may search cases);
 * a compared unit links to the dashboard filtered by it: its own trend, and its units compared.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The indicators of each board, in the order they are shown. */
  public static final Map<String, List<String>> BOARDS = Indicators.DASHBOARDS;

  @Inject transient Indicators indicators;
  @Inject transient EarlyWarning earlyWarning;
  @Inject transient Clock clock;

  private String board;
  private Period period = Period.YEAR;
  private LocalDate from;
  private LocalDate to;
  private String territory;
  private String unit;
  private CategoryGroup group;
  private final Map<String, ReportTable> tables = new LinkedHashMap<>();
  private EarlyWarning.Flags flags;
  private String asOf;

  public void load() {
    if (board == null || !BOARDS.containsKey(board)) {
      FacesContext faces = FacesContext.getCurrentInstance();
      board =
          faces != null && faces.getExternalContext().isUserInRole("LEADERSHIP")
              ? "leadership"
              : "oversight";
    }
    tables.clear();
    flags = null;
    asOf = ReportFilters.asOf(clock);
    if (from != null && to != null && to.isBefore(from)) {
      Messages.error("dashboard.invalid", Messages.text(InputReason.RANGE_END_BEFORE_START));
      return;
    }
    try {
      ReportFilter filter =
          new ReportFilter(period, from, to, blankToNull(territory), blankToNull(unit), group);
      for (String name : BOARDS.get(board)) {
        tables.put(name, indicators.indicator(name, filter, 10));
      }
      if ("leadership".equals(board)) {
        flags = earlyWarning.flags(filter);
      }
    } catch (InvalidInputException e) {
      tables.clear();
      Messages.error("dashboard.invalid", Messages.describe(e, "dashboard."));
    }
  }

  /** The Chart.js configuration of an indicator's chart, as the chart component reads it. */
  public String chart(String name) {
    ReportTable t = tables.get(name);
    if (t == null || t.rows().isEmpty() || !t.columns().contains("period")) {
      return null;
    }
    String type = "bar";
    List<String> series =
        switch (name) {
          case "volume" -> List.of("complaints", "per100Officers");
          case "substantiation" -> List.of("rate");
          case "disposition-time" -> List.of("medianDays", "p90Days");
          case "sanction-consistency" -> List.of("share");
          case "appeal-reversal" -> List.of("reversalRate");
          case "corruption" -> List.of("share");
          case "trust" -> List.of("publicShare", "anonymousShare", "withdrawalRate");
          case "data-quality" ->
              List.of("missingUnitShare", "missingPlaceShare", "missingIncidentDateShare");
          default -> List.of();
        };
    if (series.isEmpty()) {
      return null;
    }
    if (!name.equals("volume")) {
      type = "line";
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (Map<String, Object> r : t.records()) {
      labels.add(String.valueOf(r.get("period")));
    }
    // rates and shares are drawn as per cent on an axis from zero, so that a change of a point
    // looks like one; every axis says its unit
    boolean share = !name.equals("volume") && !name.equals("disposition-time");
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    String[] colours = {"#1f4e79", "#b5523b", "#6a8d3a"};
    int i = 0;
    for (String column : series) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Map<String, Object> r : t.records()) {
        Object v = r.get(column);
        if (v instanceof Number n) {
          data.add(share ? Math.round(n.doubleValue() * 1000) / 10.0 : n.doubleValue());
        } else {
          data.addNull();
        }
      }
      JsonObjectBuilder set =
          Json.createObjectBuilder()
              .add("label", Messages.text("indicator.column." + column))
              .add("data", data)
              .add("backgroundColor", colours[i % colours.length])
              .add("borderColor", colours[i % colours.length]);
      if (name.equals("volume") && i == 1) {
        set.add("type", "line").add("yAxisID", "rate");
      }
      datasets.add(set);
      i++;
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false);
    String unit =
        share
            ? "chart.unit.percent"
            : name.equals("volume") ? "chart.unit.complaints" : "chart.unit.days";
    JsonObjectBuilder y =
        Json.createObjectBuilder().add("beginAtZero", true).add("title", axisTitle(unit));
    if (share) {
      y.add("suggestedMax", 100);
    }
    JsonObjectBuilder scales = Json.createObjectBuilder().add("y", y);
    if (name.equals("volume")) {
      scales.add(
          "rate",
          Json.createObjectBuilder()
              .add("position", "right")
              .add("beginAtZero", true)
              .add("title", axisTitle("chart.unit.per100Officers"))
              .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
    }
    options.add("scales", scales);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder axisTitle(String key) {
    return Json.createObjectBuilder().add("display", true).add("text", Messages.text(key));
  }

  /**
   * The search query for the complaints behind a period's row (and its allegation category, for the
   * volume by category), within the dashboard's filter: the days of the period that the filter's
   * range keeps (both ends inclusive, as the reports read {@code from} and {@code to}), the
   * territory, the unit and the allegation group, each as the search syntax names the reports'
   * filter.
   */
  public String recordsQuery(String periodLabel, Object category) {
    StringBuilder q = new StringBuilder();
    ReportFilters.Days days = ReportFilters.days(period, periodLabel, from, to);
    if (days != null) {
      q.append("received:").append(days.first()).append("..").append(days.last());
    }
    if (category != null && category.toString().matches("[A-Z_]+")) {
      q.append(q.length() > 0 ? " " : "").append("category:").append(category);
    }
    if (blankToNull(territory) != null) {
      q.append(q.length() > 0 ? " " : "")
          .append("territory:\"")
          .append(territory.strip())
          .append('"');
    }
    if (blankToNull(unit) != null) {
      q.append(q.length() > 0 ? " " : "").append("unit:\"").append(unit.strip()).append('"');
    }
    if (group != null) {
      q.append(q.length() > 0 ? " " : "").append("group:").append(group.name());
    }
    return q.length() == 0 ? "*" : q.toString();
  }

  /**
   * The search that finds the records a figure counts, or null for a figure with none: complaints
   * ({@code volume}), sustained allegations ({@code substantiation}), allegations of a finding
   * ({@code findings}), complaints closed ({@code disposition-time}); each within the row's period
   * and the dashboard's filter.
   */
  public String figureQuery(String indicator, String column, Map<String, Object> row) {
    Object label = row.get("period");
    if (label == null) {
      return null;
    }
    String records = recordsQuery(String.valueOf(label), row.get("category"));
    return switch (indicator + "/" + column) {
      case "volume/complaints", "category-volume/complaints" -> records;
      case "substantiation/sustained" -> records + " finding:SUSTAINED";
      case "findings/allegations" -> records + " finding:" + row.get("finding");
      case "disposition-time/closed" -> records + " closed:yes";
      default -> null;
    };
  }

  /**
   * The search a cell of a table opens, or null when it opens none: the complaints of a period's
   * row ({@link #recordsQuery}), the complaints naming an officer, the records a figure counts
   * ({@link #figureQuery}); only for readers who may search cases.
   */
  public String cellQuery(String indicator, String column, Map<String, Object> row) {
    if (!isCaseReader() || row.get(column) == null) {
      return null;
    }
    return switch (column) {
      case "period" -> recordsQuery(String.valueOf(row.get(column)), row.get("category"));
      case "badgeNumber" -> "badge:\"" + row.get(column) + "\"";
      default -> figureQuery(indicator, column, row);
    };
  }

  /** Whether the reader may search cases, so that a figure may open the records behind it. */
  public boolean isCaseReader() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null
        && CASE_READERS.stream().anyMatch(faces.getExternalContext()::isUserInRole);
  }

  /** The roles of the case search. */
  private static final List<String> CASE_READERS =
      List.of(
          Roles.INTAKE,
          Roles.INVESTIGATOR,
          Roles.SUPERVISOR,
          Roles.DISCIPLINARY_AUTHORITY,
          Roles.APPEALS_BODY,
          Roles.OVERSIGHT_BOARD,
          Roles.AUDITOR);

  /** The deployment's zone, in which "today" is judged and the records registered here count. */
  public String getZone() {
    return clock.getZone().getId();
  }

  /** When the figures on the page were read. */
  public String getAsOf() {
    return asOf;
  }

  public List<String> getNames() {
    return List.copyOf(tables.keySet());
  }

  public ReportTable table(String name) {
    return tables.get(name);
  }

  public EarlyWarning.Flags getFlags() {
    return flags;
  }

  public List<Period> getPeriods() {
    return List.of(Period.MONTH, Period.QUARTER, Period.YEAR);
  }

  public CategoryGroup[] getGroups() {
    return CategoryGroup.values();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getBoard() {
    return board;
  }

  public void setBoard(String board) {
    this.board = board;
  }

  public Period getPeriod() {
    return period;
  }

  public void setPeriod(Period period) {
    this.period = period == null ? Period.YEAR : period;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getTerritory() {
    return territory;
  }

  public void setTerritory(String territory) {
    this.territory = territory;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** The grouping as links name it ({@code ?period=quarter}), in any case. */
  public String getPeriodName() {
    return period.name().toLowerCase(java.util.Locale.ROOT);
  }

  public void setPeriodName(String name) {
    try {
      setPeriod(name == null || name.isBlank() ? null : Period.parse(name));
    } catch (IllegalArgumentException e) {
      Messages.error(
          "dashboard.invalid",
          Messages.text(InputReason.NOT_ONE_OF, java.util.Arrays.toString(Period.values())));
    }
  }

  public CategoryGroup getGroup() {
    return group;
  }

  public void setGroup(CategoryGroup group) {
    this.group = group;
  }
}
