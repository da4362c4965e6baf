package org.kofu.batch.schedule;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.kofu.projectdb.jobs.BatchJob;
import org.kofu.projectdb.jobs.ClosingCalendar;
import org.kofu.projectdb.jobs.LaunchTriggers;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.kofu.projectdb.schedule.QuartzDelegate;
import org.kofu.projectdb.schedule.ScheduleOverrides;
import org.kofu.projectdb.service.ServiceScheduleRepository;
import org.quartz.Calendar;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Job details and cron triggers, registered by Spring Boot's Quartz auto-configuration into the
 * clustered JDBC store ({@code spring.quartz.*}); {@code kofu.batch.schedule.enabled=false} leaves
 * them out (tests, one-off runs).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kofu.batch.schedule.enabled", matchIfMissing = true)
class QuartzScheduleConfiguration {

  private static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

  /** The calendar's name in the scheduler: its bean name. */
  static final String CLOSED = QuartzKeys.CLOSING_CALENDAR;

  @Bean
  StaleExecutions staleExecutions(
      JobExplorer explorer, JobRepository repository, Clock clock, ScheduleProperties schedule) {
    return new StaleExecutions(explorer, repository, clock, schedule.staleAfter());
  }

  /**
   * The year-end closing and the closed holidays as the admin's Service view keeps them
   * (project-db's {@code service_hours} and {@code service_holiday}, which the relay's
   * ServiceCalendar reads too), plus {@code kofu.batch.schedule.holidays}. The admin also rewrites
   * this calendar in the store when they change, keeping those configured holidays, so running
   * nodes follow at once.
   */
  @Bean
  @DependsOnDatabaseInitialization
  Calendar kofuClosed(ScheduleProperties schedule, DataSource projectDb) {
    return closingCalendar(schedule, projectDb);
  }

  static Calendar closingCalendar(ScheduleProperties schedule, DataSource projectDb) {
    ServiceScheduleRepository service = new ServiceScheduleRepository(projectDb);
    return ClosingCalendar.of(
        service.hours(), service.holidays(), schedule.holidays(), ZoneId.of(schedule.zone()));
  }

  @Bean
  JobDetail fullPregenerationJob() {
    return detail(BatchJob.FULL_PREGENERATION);
  }

  @Bean
  JobDetail deltaPregenerationJob() {
    return detail(BatchJob.DELTA_PREGENERATION);
  }

  @Bean
  JobDetail continuousDeltaJob() {
    return detail(BatchJob.CONTINUOUS_DELTA);
  }

  @Bean
  JobDetail purgeJob() {
    return detail(BatchJob.PURGE);
  }

  @Bean
  JobDetail characterCoverageJob() {
    return detail(BatchJob.CHARACTER_COVERAGE);
  }

  @Bean
  JobDetail dailyCloseJob() {
    return detail(BatchJob.DAILY_CLOSE);
  }

  /**
   * The triggers, with the crons operators changed in the admin (project-db's {@code
   * batch_schedule_override}) in place of the configured ones: the store is overwritten at start
   * ({@code overwrite-existing-jobs}), and this keeps their changes across a node restart.
   */
  @Bean
  @DependsOnDatabaseInitialization
  SchedulerFactoryBeanCustomizer kofuTriggers(
      ScheduleProperties schedule,
      DeltaLaunch delta,
      QuartzProperties quartz,
      DataSource projectDb) {
    Trigger[] triggers =
        triggers(schedule, delta.firedJob(), new ScheduleOverrides(projectDb).all())
            .toArray(Trigger[]::new);
    return factory -> {
      factory.setTriggers(triggers);
      Properties properties = new Properties();
      properties.putAll(quartz.getProperties());
      properties.putIfAbsent(DELEGATE, QuartzDelegate.forDatabase(projectDb));
      factory.setQuartzProperties(properties);
    };
  }

  /**
   * The delta firings launch {@code continuousDelta} (which polls until service hours end; while it
   * runs, {@code @DisallowConcurrentExecution} blocks the next firings cluster-wide, so they only
   * relaunch it after it ended or its node died) or, as the fallback, one {@code
   * deltaPregeneration} pass a minute.
   */
  static List<Trigger> triggers(
      ScheduleProperties schedule, BatchJob delta, Map<String, String> changed) {
    TimeZone zone = TimeZone.getTimeZone(schedule.zone());
    List<Trigger> triggers = new ArrayList<>();
    triggers.add(cron(BatchJob.FULL_PREGENERATION, 0, schedule.full(), zone, null, changed));
    for (int i = 0; i < schedule.delta().size(); i++) {
      triggers.add(cron(delta, i, schedule.delta().get(i), zone, CLOSED, changed));
    }
    triggers.add(cron(BatchJob.PURGE, 0, schedule.purge(), zone, null, changed));
    triggers.add(cron(BatchJob.CHARACTER_COVERAGE, 0, schedule.coverage(), zone, null, changed));
    // every day, the closing calendar's too: a closed day (year-end, holidays) is closed as well
    triggers.add(cron(BatchJob.DAILY_CLOSE, 0, schedule.close(), zone, null, changed));
    return triggers;
  }

  private static JobDetail detail(BatchJob job) {
    return JobBuilder.newJob(LaunchBatchJob.class)
        .withIdentity(LaunchTriggers.jobKey(job.jobName()))
        .usingJobData(QuartzKeys.JOB_NAME, job.jobName())
        .storeDurably()
        .requestRecovery()
        .build();
  }

  private static Trigger cron(
      BatchJob job,
      int index,
      String configured,
      TimeZone zone,
      String calendar,
      Map<String, String> changed) {
    String name = job.jobName() + "-" + index;
    return TriggerBuilder.newTrigger()
        .forJob(LaunchTriggers.jobKey(job.jobName()))
        .withIdentity(name, QuartzKeys.GROUP)
        .withSchedule(
            CronScheduleBuilder.cronSchedule(changed.getOrDefault(name, configured))
                .inTimeZone(zone)
                .withMisfireHandlingInstructionDoNothing())
        .modifiedByCalendar(calendar)
        .build();
  }
}
