package org.veedor.platform;

import jakarta.ejb.ApplicationException;

/**
 * The object a request names in its address (an account, a unit, a category) does not exist.
 * Answered as 404 with the reason.
 */
@ApplicationException(rollback = true)
public class NoSuchObjectException extends RefusalException {

  private static final long serialVersionUID = 1L;

  public NoSuchObjectException(MessageKey reason, Object... arguments) {
    super(reason, arguments);
  }
}
