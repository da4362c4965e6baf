package org.kofu.projectdb.chain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The canonical text of a record. Each field is length-prefixed so that no two different records
 * share a text; times are UTC instants at microsecond precision, the precision both databases keep.
 */
public final class Canonical {

  private Canonical() {}

  public static String of(List<?> values) {
    StringBuilder text = new StringBuilder();
    for (Object value : values) {
      String field = field(value);
      if (field == null) {
        text.append("-;");
      } else {
        text.append(field.length()).append(':').append(field).append(';');
      }
    }
    return text.toString();
  }

  /** The value as it is stored: instants become UTC offset date-times truncated to microseconds. */
  static Object storable(Object value) {
    Instant instant = instant(value);
    return instant == null ? value : instant.atOffset(ZoneOffset.UTC);
  }

  private static String field(Object value) {
    if (value == null) {
      return null;
    }
    Instant instant = instant(value);
    return instant != null ? instant.toString() : value.toString();
  }

  private static Instant instant(Object value) {
    Instant instant = null;
    if (value instanceof Instant i) {
      instant = i;
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof Timestamp t) {
      instant = t.toInstant();
    }
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }
}
