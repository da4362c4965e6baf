package org.kofu.admin.jobs;

import java.util.List;
import java.util.Optional;
import org.kofu.projectdb.jobs.ClosingCalendar;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceHours;
import org.quartz.Calendar;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the service's closed days (the year-end closing and the closed holidays of the Service
 * view) into the batch nodes' Quartz calendar {@value QuartzKeys#CLOSING_CALENDAR}, which the delta
 * triggers use, so a change in the admin reaches running batch nodes at once. Built by project-db's
 * {@link ClosingCalendar}, as the batch nodes build it at start-up, keeping the holidays they have
 * in their configuration.
 */
@Component
public class ClosingCalendarSync {

  private static final Logger log = LoggerFactory.getLogger(ClosingCalendarSync.class);

  private final QuartzStore quartz;

  ClosingCalendarSync(QuartzStore quartz) {
    this.quartz = quartz;
  }

  /** Replaces the calendar; a store that cannot be written is logged, the settings stay saved. */
  public boolean publish(ServiceHours hours, List<Holiday> holidays) {
    try {
      Scheduler store = quartz.scheduler();
      Optional<Calendar> stored =
          Optional.ofNullable(store.getCalendar(QuartzKeys.CLOSING_CALENDAR));
      Calendar calendar = ClosingCalendar.replacing(stored, hours, holidays);
      store.addCalendar(QuartzKeys.CLOSING_CALENDAR, calendar, true, true);
      return true;
    } catch (SchedulerException e) {
      log.warn("closing calendar not written to the Quartz store: {}", e.getMessage());
      return false;
    }
  }

  /** The calendar as the store holds it now, if any. */
  public Optional<Calendar> stored() {
    try {
      return Optional.ofNullable(quartz.scheduler().getCalendar(QuartzKeys.CLOSING_CALENDAR));
    } catch (SchedulerException e) {
      return Optional.empty();
    }
  }
}
