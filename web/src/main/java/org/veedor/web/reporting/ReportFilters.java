package org.veedor.web.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veedor.reporting.domain.Period;
import org.veedor.reporting.domain.ReportFilter;

/**
 * What the report pages and exports say about a filter: the days a period's row covers within it,
 * the filter as the query parameters that reproduce it, and when the figures were read.
 */
final class ReportFilters {

  /** The first and the last day of receipt a row counts, both inclusive. */
  record Days(LocalDate first, LocalDate last) {}

  private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2}))?");

  private ReportFilters() {}

  /**
   * The days of receipt a row counts: its period ({@link Period#label}) cut by the filter's range,
   * {@code from} and {@code to} both inclusive; null for a label that is not a period of this
   * grouping, or a period the range leaves nothing of.
   */
  static Days days(Period period, String label, LocalDate from, LocalDate to) {
    if (label == null) {
      return null;
    }
    Matcher m = LABEL.matcher(label.strip());
    if (!m.matches()) {
      return null;
    }
    long year = Long.parseLong(m.group(1));
    Long key =
        switch (period) {
          case YEAR -> m.group(2) == null && m.group(3) == null ? year : null;
          case QUARTER -> m.group(2) == null ? null : year * 10 + Long.parseLong(m.group(2));
          case MONTH -> m.group(3) == null ? null : year * 100 + Long.parseLong(m.group(3));
          case ALL -> null;
        };
    if (key == null) {
      return null;
    }
    LocalDate first = period.start(key);
    LocalDate last = period.end(key).minusDays(1);
    if (from != null && from.isAfter(first)) {
      first = from;
    }
    if (to != null && to.isBefore(last)) {
      last = to;
    }
    return last.isBefore(first) ? null : new Days(first, last);
  }

  /** The filter as the query parameters of the indicators' API, those set only, in order. */
  static Map<String, String> parameters(ReportFilter filter) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("period", filter.period().name().toLowerCase(java.util.Locale.ROOT));
    if (filter.from() != null) {
      parameters.put("from", filter.from().toString());
    }
    if (filter.to() != null) {
      parameters.put("to", filter.to().toString());
    }
    if (filter.territory() != null) {
      parameters.put("territory", filter.territory());
    }
    if (filter.unit() != null) {
      parameters.put("unit", filter.unit());
    }
    if (filter.group() != null) {
      parameters.put("group", filter.group().name());
    }
    return parameters;
  }

  /** Now in the deployment's zone, to the second, as ISO 8601 with its offset. */
  static String asOf(Clock clock) {
    return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime().toString();
  }
}
