package org.veedor.casefile.application;

import org.veedor.casefile.domain.CaseFileRefusal;
import org.veedor.platform.RefusalException;

/**
 * The stored bytes of a case file no longer have the hash recorded when it was received: the
 * download is refused, and the custody log and the audit trail say so.
 */
@jakarta.ejb.ApplicationException(rollback = false) // the refusal's records must commit
public class IntegrityException extends RefusalException {

  private static final long serialVersionUID = 1L;

  public IntegrityException() {
    super(CaseFileRefusal.HASH_MISMATCH);
  }
}
