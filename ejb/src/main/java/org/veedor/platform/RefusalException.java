package org.veedor.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A request refused for a reason the person who made it can act on: not theirs to do, input that
 * breaks a rule, a state that does not allow it now. It carries a message key and its arguments,
 * never English prose, so that each page and each problem document says it in the reader's
 * language. Anything else that escapes a use case is a bug, not a refusal.
 */
@ApplicationException(rollback = true)
public abstract class RefusalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final MessageKey reason;
  private final List<Serializable> arguments;

  protected RefusalException(MessageKey reason, Object... arguments) {
    super(describe(reason, arguments));
    this.reason = reason;
    this.arguments = serializable(arguments);
  }

  /** What the person is told, as a key of the message bundles. */
  public MessageKey reason() {
    return reason;
  }

  /** The values the message names, in the order of its placeholders ({@code {0}}, {@code {1}}). */
  public List<Object> arguments() {
    return Collections.unmodifiableList(arguments);
  }

  /** The key and its arguments, for the server log: the reader's text comes from the bundles. */
  static String describe(MessageKey reason, Object... arguments) {
    return arguments.length == 0 ? reason.key() : reason.key() + " " + Arrays.toString(arguments);
  }

  /** Arguments as values that travel with the exception (texts, numbers, dates, enum constants). */
  static List<Serializable> serializable(Object... arguments) {
    return Arrays.stream(arguments)
        .map(a -> a == null || a instanceof Serializable ? (Serializable) a : a.toString())
        .toList();
  }
}
