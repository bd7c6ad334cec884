package org.veedor.casefile.domain;

import org.veedor.platform.MessageKey;

/**
 * Why the text of a file was not read, or read only in part: one code for one cause, whichever of
 * the guards noticed it first (the zip directory's check, the parser's own inflate check, or the
 * memory limit all tell a zip bomb as {@link #ZIP_BOMB}), so that users and tests see the same
 * reason for the same file on every run.
 */
public enum ExtractionReason implements MessageKey {
  /** A container that inflates far beyond its size: refused for good. */
  ZIP_BOMB(true),
  /** Protected by a password: refused for good. */
  ENCRYPTED(true),
  /** Not a container, but its parsing needs more memory than is allowed: refused for good. */
  NEEDS_TOO_MUCH_MEMORY(true),
  /** Parsing took longer than allowed: tried again later. */
  TOO_SLOW(false),
  /** The parser could not read it (damaged, or a form it does not know): tried again later. */
  UNREADABLE(false),
  /** The server stopped while it was reading: tried again later. */
  INTERRUPTED(false),
  /** Read, but its text was cut at the longest text kept. */
  TEXT_CUT(false);

  private final boolean forGood;

  ExtractionReason(boolean forGood) {
    this.forGood = forGood;
  }

  /** Whether the file is refused for good (never tried again). */
  public boolean forGood() {
    return forGood;
  }

  @Override
  public String key() {
    return "casefile.extraction." + name();
  }
}
