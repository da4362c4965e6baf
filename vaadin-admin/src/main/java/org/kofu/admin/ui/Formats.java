package org.kofu.admin.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the clerks read them: Tokyo local time, to the second. */
public final class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));

  private Formats() {}

  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
