package org.veedor.discipline.domain;

/** The sanctions of the discipline matrix, from the least to the greatest. */
public enum Sanction {
  NONE,
  VERBAL_WARNING,
  WRITTEN_REPRIMAND,
  SUSPENSION_DAYS,
  DEMOTION,
  DISMISSAL;

  /** Whether this sanction lies within the range from {@code least} to {@code greatest}. */
  public boolean within(Sanction least, Sanction greatest) {
    return compareTo(least) >= 0 && compareTo(greatest) <= 0;
  }
}
