package org.veedor.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request that cannot be applied to the current state: a task already done or held by someone
 * else, a case not at a stage that takes it, a record changed meanwhile. Answered as 409.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RefusalException {

  private static final long serialVersionUID = 1L;

  public ConflictException(MessageKey reason, Object... arguments) {
    super(reason, arguments);
  }
}
