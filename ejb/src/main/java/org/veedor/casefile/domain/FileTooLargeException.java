package org.veedor.casefile.domain;

import org.veedor.platform.RefusalException;

/** An upload longer than the limit; nothing of it was kept. */
@jakarta.ejb.ApplicationException(rollback = true) // a refusal, not a failure
public class FileTooLargeException extends RefusalException {
  private static final long serialVersionUID = 1L;

  public FileTooLargeException(long limitBytes) {
    super(CaseFileRefusal.TOO_LARGE, limitBytes / (1024 * 1024));
  }
}
