package org.kofu.batch.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.Calendar;
import org.quartz.CronExpression;

/**
 * Whether the delta schedule is in service at an instant (not to be confused with project-db's
 * {@code service.ServiceHours}, the opening hours the relay answers by): one of its cron
 * expressions fires again within {@link #LOOKAHEAD} on a day the closing calendar does not exclude.
 * The continuous delta polls while this holds and ends when service hours end; the next day's first
 * firing starts it.
 */
public final class DeltaFiringWindow {

  /** Longer than the one-minute firing interval, so that the gap between two firings is open. */
  static final Duration LOOKAHEAD = Duration.ofSeconds(90);

  private final List<CronExpression> delta;
  private final Calendar closed;

  private DeltaFiringWindow(List<CronExpression> delta, Calendar closed) {
    this.delta = delta;
    this.closed = closed;
  }

  /**
   * The delta schedule with the closing days of the service tables (the {@code kofuClosed} days).
   */
  public static DeltaFiringWindow of(ScheduleProperties schedule, DataSource projectDb) {
    return of(schedule, QuartzScheduleConfiguration.closingCalendar(schedule, projectDb));
  }

  /**
   * @param closed the {@code kofuClosed} calendar the delta triggers use (year-end closing and
   *     closed holidays from the service tables)
   */
  public static DeltaFiringWindow of(ScheduleProperties schedule, Calendar closed) {
    TimeZone zone = TimeZone.getTimeZone(schedule.zone());
    List<CronExpression> crons =
        schedule.delta().stream()
            .map(
                c -> {
                  try {
                    CronExpression e = new CronExpression(c);
                    e.setTimeZone(zone);
                    return e;
                  } catch (ParseException ex) {
                    throw new IllegalArgumentException("kofu.batch.schedule.delta: " + c, ex);
                  }
                })
            .toList();
    return new DeltaFiringWindow(crons, closed);
  }

  public boolean openAt(Instant now) {
    Date from = Date.from(now);
    long until = now.plus(LOOKAHEAD).toEpochMilli();
    for (CronExpression cron : delta) {
      Date next = cron.getNextValidTimeAfter(from);
      if (next != null && next.getTime() <= until && closed.isTimeIncluded(next.getTime())) {
        return true;
      }
    }
    return false;
  }
}
