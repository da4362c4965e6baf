package org.kofu.batch.schedule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceScheduleRepository;
import org.quartz.impl.calendar.AnnualCalendar;
import org.quartz.impl.calendar.HolidayCalendar;

/** The days the service is closed: the year-end closing every year, and the configured holidays. */
final class ClosingCalendar {

  private ClosingCalendar() {}

  /**
   * The year-end closing and the closed holidays as the admin's Service view keeps them
   * (project-db's {@code service_hours} and {@code service_holiday}, which the relay's
   * ServiceCalendar reads too), plus {@code kofu.batch.schedule.holidays}.
   */
  static AnnualCalendar fromServiceTables(ScheduleProperties schedule, DataSource projectDb) {
    ServiceScheduleRepository service = new ServiceScheduleRepository(projectDb);
    var hours = service.hours();
    List<LocalDate> holidays = new ArrayList<>(schedule.holidays());
    service.holidays().stream().filter(Holiday::closed).map(Holiday::day).forEach(holidays::add);
    return of(
        days(hours.yearEndFrom(), hours.yearEndTo()),
        List.of(),
        holidays,
        TimeZone.getTimeZone(schedule.zone()));
  }

  static AnnualCalendar of(
      List<MonthDay> endOfYear, List<MonthDay> newYear, List<LocalDate> holidays, TimeZone zone) {
    HolidayCalendar base = new HolidayCalendar();
    base.setTimeZone(zone);
    ZoneId id = zone.toZoneId();
    holidays.forEach(d -> base.addExcludedDate(Date.from(d.atStartOfDay(id).toInstant())));
    AnnualCalendar closing = new AnnualCalendar(base, zone);
    for (MonthDay day : concat(endOfYear, newYear)) {
      GregorianCalendar c = new GregorianCalendar(zone);
      c.clear();
      c.set(2000, day.getMonthValue() - 1, day.getDayOfMonth());
      closing.setDayExcluded(c, true);
    }
    closing.setDescription("year-end closing and holidays");
    return closing;
  }

  /** The month-days from {@code from} to {@code to}, across the new year when from is later. */
  static List<MonthDay> days(MonthDay from, MonthDay to) {
    List<MonthDay> days = new java.util.ArrayList<>();
    LocalDate end = to.atYear(from.isAfter(to) ? 2001 : 2000);
    for (LocalDate day = from.atYear(2000); !day.isAfter(end); day = day.plusDays(1)) {
      days.add(MonthDay.from(day));
    }
    return days;
  }

  private static List<MonthDay> concat(List<MonthDay> a, List<MonthDay> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
