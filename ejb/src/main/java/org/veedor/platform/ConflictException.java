package org.veedor.platform;

import jakarta.ejb.ApplicationException;

/** A request that cannot be applied to the current state (a stale version, a duplicate). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
