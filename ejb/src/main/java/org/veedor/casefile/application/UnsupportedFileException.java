package org.veedor.casefile.application;

import org.veedor.casefile.domain.CaseFileRefusal;
import org.veedor.platform.RefusalException;

/** A file whose bytes are of a type not accepted as evidence. */
@jakarta.ejb.ApplicationException(rollback = true) // a refusal, not a failure
public class UnsupportedFileException extends RefusalException {

  private static final long serialVersionUID = 1L;

  private final String mediaType;

  public UnsupportedFileException(String mediaType) {
    super(CaseFileRefusal.UNSUPPORTED_TYPE, mediaType);
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }
}
