package org.veedor.platform.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.MessageKey;

/**
 * A task form's payload (a JSON object) read field by field, collecting every error so that the
 * answer names each bad field at once.
 */
public final class Payload {

  private final Map<String, Object> values;
  private final List<FieldError> errors = new ArrayList<>();
  private final Map<String, String> notes = new java.util.LinkedHashMap<>();

  public Payload(Map<String, Object> values) {
    this.values = values == null ? Map.of() : values;
  }

  public String text(String name, boolean required, int maxLength) {
    Object value = values.get(name);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        errors.add(new FieldError(name, InputReason.REQUIRED));
      }
      return null;
    }
    if (!(value instanceof String text)) {
      errors.add(new FieldError(name, InputReason.NOT_TEXT));
      return null;
    }
    if (text.length() > maxLength) {
      errors.add(new FieldError(name, InputReason.TOO_LONG, maxLength));
      return null;
    }
    return text.strip();
  }

  /**
   * A text a person writes for the next one to read (a summary, reasons, a decision): read as
   * {@link #text}, and kept with the case once the task completes.
   */
  public String note(String name, boolean required, int maxLength) {
    String text = text(name, required, maxLength);
    if (text != null) {
      notes.put(name, text);
    }
    return text;
  }

  /** The notes read so far, by field, in the order the form read them. */
  public Map<String, String> notes() {
    return java.util.Collections.unmodifiableMap(notes);
  }

  public Boolean bool(String name, boolean required) {
    Object value = values.get(name);
    if (value == null) {
      if (required) {
        errors.add(new FieldError(name, InputReason.REQUIRED_YES_NO));
      }
      return null;
    }
    if (!(value instanceof Boolean flag)) {
      errors.add(new FieldError(name, InputReason.NOT_YES_NO));
      return null;
    }
    return flag;
  }

  public Integer integer(String name, boolean required, int min, int max) {
    Object value = values.get(name);
    if (value == null) {
      if (required) {
        errors.add(new FieldError(name, InputReason.REQUIRED));
      }
      return null;
    }
    if (!(value instanceof Number number)
        || number.doubleValue() != Math.rint(number.doubleValue())) {
      errors.add(new FieldError(name, InputReason.NOT_WHOLE_NUMBER));
      return null;
    }
    long whole = number.longValue();
    if (whole < min || whole > max) {
      errors.add(new FieldError(name, InputReason.BETWEEN, min, max));
      return null;
    }
    return (int) whole;
  }

  public <E extends Enum<E>> E choice(String name, boolean required, Class<E> type) {
    String text = text(name, required, 60);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              name, InputReason.NOT_ONE_OF, java.util.Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  /** A nested object, such as the findings by allegation id. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> object(String name, boolean required) {
    Object value = values.get(name);
    if (value == null) {
      if (required) {
        errors.add(new FieldError(name, InputReason.REQUIRED));
      }
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add(new FieldError(name, InputReason.NOT_OBJECT));
      return null;
    }
    return (Map<String, Object>) map;
  }

  /** A rule across fields that does not hold: the field, and why as a message key. */
  public void reject(String name, MessageKey reason, Object... arguments) {
    errors.add(new FieldError(name, reason, arguments));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws the collected errors, if any. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
