package org.veedor.history.domain;

/** A mapping file, or an export's columns, that do not fit together; the message says where. */
public class MappingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MappingException(String message) {
    super(message);
  }
}
