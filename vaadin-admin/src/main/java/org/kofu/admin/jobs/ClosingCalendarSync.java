package org.kofu.admin.jobs;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceHours;
import org.quartz.SchedulerException;
import org.quartz.impl.calendar.AnnualCalendar;
import org.quartz.impl.calendar.HolidayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the service's closed days (the year-end closing and the closed holidays of the Service
 * view) into the batch nodes' Quartz calendar {@value #CALENDAR}, which the delta triggers use, so
 * a change in the admin reaches running batch nodes at once. Built as batch-jobs' {@code
 * schedule.ClosingCalendar} builds it at start-up from the same tables.
 */
@Component
public class ClosingCalendarSync {

  /** The calendar's name in the batch nodes' scheduler. */
  public static final String CALENDAR = "kofuClosed";

  private static final Logger log = LoggerFactory.getLogger(ClosingCalendarSync.class);

  private final QuartzStore quartz;

  ClosingCalendarSync(QuartzStore quartz) {
    this.quartz = quartz;
  }

  /** Replaces the calendar; a store that cannot be written is logged, the settings stay saved. */
  public boolean publish(ServiceHours hours, List<Holiday> holidays) {
    try {
      quartz.scheduler().addCalendar(CALENDAR, calendar(hours, holidays), true, true);
      return true;
    } catch (SchedulerException e) {
      log.warn("closing calendar not written to the Quartz store: {}", e.getMessage());
      return false;
    }
  }

  /** The calendar as the store holds it now, if any. */
  public java.util.Optional<org.quartz.Calendar> stored() {
    try {
      return java.util.Optional.ofNullable(quartz.scheduler().getCalendar(CALENDAR));
    } catch (SchedulerException e) {
      return java.util.Optional.empty();
    }
  }

  static AnnualCalendar calendar(ServiceHours hours, List<Holiday> holidays) {
    TimeZone zone = TimeZone.getTimeZone(hours.zone());
    ZoneId id = hours.zone();
    HolidayCalendar base = new HolidayCalendar();
    base.setTimeZone(zone);
    holidays.stream()
        .filter(Holiday::closed)
        .map(Holiday::day)
        .forEach(d -> base.addExcludedDate(Date.from(d.atStartOfDay(id).toInstant())));
    AnnualCalendar closing = new AnnualCalendar(base, zone);
    for (MonthDay day : days(hours.yearEndFrom(), hours.yearEndTo())) {
      GregorianCalendar c = new GregorianCalendar(zone);
      c.clear();
      c.set(2000, day.getMonthValue() - 1, day.getDayOfMonth());
      closing.setDayExcluded(c, true);
    }
    closing.setDescription("year-end closing " + hours.yearEndFrom() + "/" + hours.yearEndTo());
    return closing;
  }

  /** The month-days from {@code from} to {@code to}, across the new year when from is later. */
  static List<MonthDay> days(MonthDay from, MonthDay to) {
    List<MonthDay> days = new ArrayList<>();
    LocalDate day = from.atYear(2000);
    LocalDate end = to.atYear(from.isAfter(to) ? 2001 : 2000);
    for (; !day.isAfter(end); day = day.plusDays(1)) {
      days.add(MonthDay.from(day));
    }
    return days;
  }
}
