package org.veedor.casefile.application;

/** A file whose bytes are of a type not accepted as evidence. */
@jakarta.ejb.ApplicationException(rollback = true) // a refusal, not a failure
public class UnsupportedFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String mediaType;

  public UnsupportedFileException(String mediaType) {
    super("files of type " + mediaType + " are not accepted as evidence");
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }
}
