package org.veedor.history.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A mapping file, or an export's columns, that do not fit together: what is wrong as a message key,
 * and where as its arguments.
 */
public class MappingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ImportRefusal reason;
  private final transient List<Object> arguments;

  public MappingException(ImportRefusal reason, Object... arguments) {
    super(reason.key() + " " + Arrays.toString(arguments));
    this.reason = reason;
    this.arguments = Arrays.asList(arguments.clone());
  }

  public ImportRefusal reason() {
    return reason;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
