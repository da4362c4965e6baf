package org.kofu.projectdb.jobs;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceHours;
import org.quartz.Calendar;
import org.quartz.impl.calendar.AnnualCalendar;
import org.quartz.impl.calendar.HolidayCalendar;

/**
 * The Quartz calendar {@value QuartzKeys#CLOSING_CALENDAR} of the days the service is closed, which
 * the delta triggers use: the year-end closing and the closed holidays as the admin's Service view
 * keeps them (project-db's {@code service_hours} and {@code service_holiday}), and the holidays a
 * batch node has in its configuration ({@code kofu.batch.schedule.holidays}). A batch node writes
 * it at start; the admin rewrites it when the service tables change, keeping the configured
 * holidays of the stored one, which only the batch node knows: they are kept apart, in the
 * innermost base calendar.
 */
public final class ClosingCalendar {

  private static final String CONFIGURED = "configured holidays";

  private ClosingCalendar() {}

  /**
   * @param hours the year-end closing
   * @param holidays the service's holidays; those marked closed are excluded
   * @param configured the batch node's configured holidays
   * @param zone the zone the days are days in
   */
  public static AnnualCalendar of(
      ServiceHours hours, List<Holiday> holidays, Collection<LocalDate> configured, ZoneId zone) {
    TimeZone timeZone = TimeZone.getTimeZone(zone);
    HolidayCalendar fromConfiguration = holidayCalendar(null, configured, zone);
    fromConfiguration.setDescription(CONFIGURED);
    List<LocalDate> closed = holidays.stream().filter(Holiday::closed).map(Holiday::day).toList();
    HolidayCalendar service = holidayCalendar(fromConfiguration, closed, zone);
    service.setDescription("closed holidays");
    AnnualCalendar closing = new AnnualCalendar(service, timeZone);
    for (MonthDay day : days(hours.yearEndFrom(), hours.yearEndTo())) {
      GregorianCalendar c = new GregorianCalendar(timeZone);
      c.clear();
      c.set(2000, day.getMonthValue() - 1, day.getDayOfMonth());
      closing.setDayExcluded(c, true);
    }
    closing.setDescription(
        "year-end closing " + hours.yearEndFrom() + "/" + hours.yearEndTo() + " and holidays");
    return closing;
  }

  /**
   * The calendar for changed service tables, with the configured holidays of the one stored (none
   * when nothing is stored yet: the first batch node to start writes them).
   */
  public static AnnualCalendar replacing(
      Optional<Calendar> stored, ServiceHours hours, List<Holiday> holidays) {
    List<LocalDate> configured = stored.map(ClosingCalendar::configured).orElse(List.of());
    return of(hours, holidays, configured, hours.zone());
  }

  /** The configured holidays a calendar built by {@link #of} carries. */
  public static List<LocalDate> configured(Calendar calendar) {
    for (Calendar c = calendar; c != null; c = c.getBaseCalendar()) {
      if (c instanceof HolidayCalendar h && CONFIGURED.equals(h.getDescription())) {
        ZoneId zone = h.getTimeZone().toZoneId();
        return h.getExcludedDates().stream()
            .map(d -> d.toInstant().atZone(zone).toLocalDate())
            .toList();
      }
    }
    return List.of();
  }

  /** The month-days from {@code from} to {@code to}, across the new year when from is later. */
  public static List<MonthDay> days(MonthDay from, MonthDay to) {
    List<MonthDay> days = new ArrayList<>();
    LocalDate end = to.atYear(from.isAfter(to) ? 2001 : 2000);
    for (LocalDate day = from.atYear(2000); !day.isAfter(end); day = day.plusDays(1)) {
      days.add(MonthDay.from(day));
    }
    return days;
  }

  private static HolidayCalendar holidayCalendar(
      Calendar base, Collection<LocalDate> days, ZoneId zone) {
    HolidayCalendar calendar = new HolidayCalendar(base, TimeZone.getTimeZone(zone));
    days.forEach(d -> calendar.addExcludedDate(Date.from(d.atStartOfDay(zone).toInstant())));
    return calendar;
  }
}
