package org.veedor.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Input that is well formed but names things that do not exist or break a rule, field by field,
 * each with its reason as a message key. An application exception, so that it reaches the caller as
 * itself and rolls the work back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RefusalException {

  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(InputReason.INVALID);
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, MessageKey reason, Object... arguments) {
    this(List.of(new FieldError(field, reason, arguments)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The first field and its reason's key, for the server log. */
  @Override
  public String getMessage() {
    if (errors == null || errors.isEmpty()) {
      return super.getMessage();
    }
    FieldError first = errors.get(0);
    return first.field() + ": " + describe(first.reason(), first.arguments().toArray());
  }

  /**
   * One field and what is wrong with it.
   *
   * @param field the field as the client wrote it ({@code allegations[0].categoryCode})
   * @param reason a key of the message bundles
   * @param arguments the values the reason names, in the order of its placeholders
   */
  public record FieldError(String field, MessageKey reason, List<Serializable> arguments)
      implements Serializable {

    public FieldError {
      arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public FieldError(String field, MessageKey reason, Object... arguments) {
      this(field, reason, serializable(arguments));
    }
  }
}
