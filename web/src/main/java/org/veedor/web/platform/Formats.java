package org.veedor.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates, times and numbers as the session's language writes them, in the deployment's zone. */
@Named
@RequestScoped
public class Formats {

  @Inject LocaleSelection locale;
  @Inject Clock clock;

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale.getLocale())
            .format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale.getLocale())
            .withZone(clock.getZone())
            .format(instant);
  }

  /** Today in the server's zone (date pickers refuse the future). */
  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale.getLocale()).format(value);
  }
}
