package org.veedor.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that is well formed but names things that do not exist or break a rule, field by field. An
 * application exception, so that it reaches the caller as itself and rolls the work back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).reason());
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One field and what is wrong with it. */
  public record FieldError(String field, String reason) {}
}
