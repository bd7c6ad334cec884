package org.veedor.platform;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role would allow the action, but not on this object: a task that is someone else's,
 * a case the access rules keep from them. Answered as 403 with the reason.
 */
@ApplicationException(rollback = true)
public class NotAllowedException extends RefusalException {

  private static final long serialVersionUID = 1L;

  public NotAllowedException(MessageKey reason, Object... arguments) {
    super(reason, arguments);
  }
}
