package org.veedor.audit.application;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Time values as a native query hands them back, whatever the database's driver made of them. */
final class Times {

  private Times() {}

  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("unexpected time value " + value.getClass().getName());
  }
}
