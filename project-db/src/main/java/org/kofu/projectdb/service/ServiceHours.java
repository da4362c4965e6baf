package org.kofu.projectdb.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;

/** Daily opening hours in the city's time zone and the year-end closing (inclusive days). */
public record ServiceHours(
    LocalTime opens, LocalTime closes, ZoneId zone, MonthDay yearEndFrom, MonthDay yearEndTo) {

  public static final ServiceHours DEFAULT =
      new ServiceHours(
          LocalTime.of(6, 30),
          LocalTime.of(23, 0),
          ZoneId.of("Asia/Tokyo"),
          MonthDay.of(12, 29),
          MonthDay.of(1, 3));

  public ServiceHours {
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("closing time must be after opening time");
    }
  }

  public boolean isYearEnd(LocalDate date) {
    MonthDay day = MonthDay.from(date);
    if (!yearEndFrom.isAfter(yearEndTo)) {
      return !day.isBefore(yearEndFrom) && !day.isAfter(yearEndTo);
    }
    return !day.isBefore(yearEndFrom) || !day.isAfter(yearEndTo);
  }
}
