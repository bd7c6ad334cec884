package org.veedor.web.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.MessageKey;
import org.veedor.platform.paging.PageRequest;

/**
 * Reads query parameters from their text, collecting every error, so that a bad parameter is a 400
 * naming it (the JAX-RS default for an unconvertible query parameter is a bare 404).
 */
public final class QueryParams {

  private final List<FieldError> errors = new ArrayList<>();

  public PageRequest page(String page, String size, int defaultSize) {
    int p = integer("page", page, 0, 0, 1_000_000);
    int s = integer("size", size, defaultSize, 1, PageRequest.MAX_SIZE);
    return new PageRequest(Math.max(0, p), Math.max(1, Math.min(PageRequest.MAX_SIZE, s)));
  }

  public int integer(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed < min || parsed > max) {
        errors.add(new FieldError(name, InputReason.BETWEEN, min, max));
        return fallback;
      }
      return parsed;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, InputReason.NOT_WHOLE_NUMBER));
      return fallback;
    }
  }

  public LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, InputReason.NOT_DATE));
      return null;
    }
  }

  public <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              name, InputReason.NOT_ONE_OF, java.util.Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  /** A yes/no parameter: {@code true} or {@code false}, absent meaning false. */
  public boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("false")) {
      return v.equals("true");
    }
    errors.add(new FieldError(name, InputReason.NOT_YES_NO));
    return false;
  }

  public String text(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > maxLength) {
      errors.add(new FieldError(name, InputReason.TOO_LONG, maxLength));
      return null;
    }
    return value.strip();
  }

  /** Refuses a parameter for a reason found outside these checks, as a message key. */
  public void reject(String name, MessageKey reason, Object... arguments) {
    errors.add(new FieldError(name, reason, arguments));
  }

  /** Throws the collected errors, if any. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
