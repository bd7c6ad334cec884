package org.veedor.platform;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Time values as a native query hands them back, whatever the database's driver made of them. */
public final class DatabaseTimes {

  private DatabaseTimes() {}

  public static Instant instant(Object value) {
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
