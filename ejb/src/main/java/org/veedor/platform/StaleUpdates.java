package org.veedor.platform;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * Whether a failure is a record changed by someone else meanwhile (a stale version). JPA names it
 * {@link OptimisticLockException} when a flush inside a use case finds it; the flush at commit
 * throws Hibernate's own {@link StaleStateException}, under the rolled-back transaction. Here
 * because this module sees Hibernate, which the web module does not.
 */
public final class StaleUpdates {

  private StaleUpdates() {}

  /** Whether the failure, or any of its causes, is a stale update. */
  public static boolean causedBy(Throwable failure) {
    Throwable c = failure;
    // a cause chain is short; the bound only guards against one that loops
    for (int depth = 0; c != null && depth < 64; depth++, c = c.getCause()) {
      if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
        return true;
      }
    }
    return false;
  }
}
