package org.veedor.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.domain.Viewer;
import org.veedor.platform.settings.PlatformSettings;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;
import org.veedor.reporting.domain.ReportTable;
import org.veedor.reporting.infrastructure.PdfReport;
import org.veedor.reporting.infrastructure.ReportDatabase;

/**
 * Builds the quarterly oversight report as PDF, for the reader who asked for it (their access rules
 * apply to every figure): the quarter's volume, findings, substantiation and its trend over two
 * years, time to disposition, sanctions and appeals, corruption, trust, data quality, concentration
 * and the officers named most. Only {@link QuarterlyReports} calls it, from its background job.
 */
@Stateless
@PermitAll
public class QuarterlyReportBuilder {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject PlatformSettings platform;

  /** What one section shows. */
  private record Part(
      Indicator indicator, Period period, boolean trend, boolean bars, List<String> series) {}

  private static final List<Part> PARTS =
      List.of(
          new Part(Indicator.VOLUME, Period.MONTH, false, true, List.of("complaints")),
          new Part(Indicator.VOLUME, Period.QUARTER, true, true, List.of("complaints")),
          new Part(Indicator.FINDINGS, Period.ALL, false, false, List.of()),
          new Part(Indicator.SUBSTANTIATION, Period.QUARTER, true, false, List.of("rate")),
          new Part(
              Indicator.DISPOSITION_TIME,
              Period.MONTH,
              false,
              false,
              List.of("medianDays", "p90Days")),
          new Part(Indicator.SANCTION_CONSISTENCY, Period.ALL, false, false, List.of()),
          new Part(Indicator.APPEAL_REVERSAL, Period.ALL, false, false, List.of()),
          new Part(
              Indicator.CORRUPTION, Period.MONTH, false, true, List.of("complaints", "corruption")),
          // the trend this product exists to report: sealed cases counted, never listed
          new Part(
              Indicator.CORRUPTION,
              Period.QUARTER,
              true,
              true,
              List.of("corruption", "organizedCrimeLinked")),
          new Part(Indicator.TRUST, Period.MONTH, false, false, List.of()),
          new Part(Indicator.DATA_QUALITY, Period.ALL, false, false, List.of()),
          new Part(Indicator.CONCENTRATION, Period.ALL, false, false, List.of()),
          new Part(Indicator.OFFICERS, Period.ALL, false, false, List.of()));

  /** How many steps a build takes (for its progress). */
  public static int steps() {
    return PARTS.size() + 1;
  }

  public byte[] build(
      Viewer reader,
      int year,
      int quarter,
      String territory,
      Map<String, String> labels,
      IntConsumer stepDone) {
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    LocalDate to = from.plusMonths(3).minusDays(1); // the quarter's last day, inclusive
    IndicatorQueries queries = new IndicatorQueries(ReportDatabase.of(em), reader);
    // every figure traced to its records: the search that finds them
    String trace =
        label(labels, "quarterly.trace")
            .replace(
                "{0}",
                "received:"
                    + year
                    + "-Q"
                    + quarter
                    + (territory == null ? "" : " territory:\"" + territory + "\""));
    List<PdfReport.Section> sections = new ArrayList<>();
    int step = 0;
    for (Part part : PARTS) {
      ReportFilter filter =
          new ReportFilter(
              part.period(), part.trend() ? from.minusMonths(21) : from, to, territory, null, null);
      ReportTable table = queries.table(part.indicator(), filter, 10);
      String heading =
          label(labels, "indicator." + part.indicator().id())
              + (part.trend() ? " - " + label(labels, "quarterly.trend") : "");
      List<String> columns = new ArrayList<>();
      table.columns().forEach(c -> columns.add(label(labels, "indicator.column." + c)));
      sections.add(
          new PdfReport.Section(
              heading,
              label(labels, "indicator." + part.indicator().id() + ".explain") + " " + trace,
              chart(table, part, labels),
              table,
              columns));
      stepDone.accept(++step);
    }
    String title = label(labels, "quarterly.title");
    String subtitle =
        year
            + "-Q"
            + quarter
            + " ("
            + from
            + " - "
            + to
            + ")"
            + (territory == null ? "" : ", " + territory)
            + ". "
            + label(labels, "quarterly.zone").replace("{0}", platform.zone().getId())
            + " "
            + label(labels, "quarterly.for")
            + " "
            + reader.username()
            + ".";
    byte[] pdf =
        new PdfReport()
            .write(labels.getOrDefault("quarterly.language", "en"), title, subtitle, sections);
    audit.recordAs(
        reader.username(),
        AuditEventType.EXPORT,
        "report",
        "quarterly-" + year + "-Q" + quarter,
        AuditOutcome.SUCCESS,
        "PDF, " + pdf.length + " bytes" + (territory == null ? "" : ", territory " + territory));
    stepDone.accept(++step);
    return pdf;
  }

  private static PdfReport.Chart chart(ReportTable table, Part part, Map<String, String> labels) {
    if (part.series().isEmpty() || !table.columns().contains("period")) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<List<Double>> series = new ArrayList<>();
    for (String column : part.series()) {
      names.add(label(labels, "indicator.column." + column));
      List<Double> values = new ArrayList<>();
      for (Map<String, Object> row : table.records()) {
        Object v = row.get(column);
        values.add(v instanceof Number n ? n.doubleValue() : null);
      }
      series.add(values);
    }
    List<String> periods = new ArrayList<>();
    table.records().forEach(r -> periods.add(String.valueOf(r.get("period"))));
    return new PdfReport.Chart(part.bars(), periods, names, series);
  }

  private static String label(Map<String, String> labels, String key) {
    return labels.getOrDefault(key, key);
  }
}
