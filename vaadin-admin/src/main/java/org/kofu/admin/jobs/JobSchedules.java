package org.kofu.admin.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.kofu.projectdb.schedule.ScheduleOverrides;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The batch nodes' cron triggers (group {@value QuartzKeys#GROUP}) as their clustered Quartz store
 * holds them, and changes to them, made in the store in place and kept in project-db's {@code
 * batch_schedule_override} for the nodes' next start. Every change is in the audit chain.
 */
@Service
public class JobSchedules {

  private final Scheduler scheduler;
  private final ScheduleOverrides overrides;
  private final AuditTrail audit;
  private final Clock clock;

  JobSchedules(QuartzStore quartz, DataSource projectDb, AuditTrail audit, Clock clock) {
    this.scheduler = quartz.scheduler();
    this.overrides = new ScheduleOverrides(projectDb);
    this.audit = audit;
    this.clock = clock;
  }

  public List<ScheduleEntry> schedules() {
    List<ScheduleEntry> entries = new ArrayList<>();
    try {
      for (TriggerKey key :
          scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(QuartzKeys.GROUP))) {
        if (scheduler.getTrigger(key) instanceof CronTrigger cron) {
          Date next = cron.getNextFireTime();
          entries.add(
              new ScheduleEntry(
                  key.getName(),
                  cron.getJobKey().getName(),
                  cron.getCronExpression(),
                  cron.getTimeZone().getID(),
                  cron.getCalendarName(),
                  next == null ? null : next.toInstant()));
        }
      }
    } catch (SchedulerException e) {
      throw new JobControlException("jobs.error.store", null, e);
    }
    entries.sort(Comparator.comparing(ScheduleEntry::trigger));
    return entries;
  }

  /**
   * Replaces a cron trigger's expression in the store, keeping its job, zone and calendar. The
   * batch nodes fire the new one from the next firing on.
   */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void reschedule(String trigger, String expression) {
    String cron = expression.trim();
    if (!CronExpression.isValidExpression(cron)) {
      throw new JobControlException("jobs.error.cron", cron);
    }
    TriggerKey key = TriggerKey.triggerKey(trigger, QuartzKeys.GROUP);
    try {
      if (!(scheduler.getTrigger(key) instanceof CronTrigger old)) {
        throw new JobControlException("jobs.error.no-schedule", trigger);
      }
      TimeZone zone = old.getTimeZone();
      Trigger replacement =
          TriggerBuilder.newTrigger()
              .withIdentity(key)
              .forJob(old.getJobKey())
              .withSchedule(
                  CronScheduleBuilder.cronSchedule(cron)
                      .inTimeZone(zone)
                      .withMisfireHandlingInstructionDoNothing())
              .modifiedByCalendar(old.getCalendarName())
              .build();
      scheduler.rescheduleJob(key, replacement);
      // batch nodes overwrite the store's triggers when they start: this is what they read back
      overrides.put(trigger, cron, clock.instant());
      audit.record(
          "JOB_SCHEDULE_CHANGED", trigger + ": " + old.getCronExpression() + " -> " + cron);
    } catch (SchedulerException e) {
      throw new JobControlException("jobs.error.schedule-not-changed", trigger, e);
    }
  }
}
