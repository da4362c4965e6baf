package org.kofu.admin.jobs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.security.CurrentUser;
import org.kofu.projectdb.schedule.ScheduleOverrides;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The jobs of the batch nodes, seen and controlled from the admin's process. Launch and restart are
 * one-shot triggers in the Quartz store for the job detail the batch nodes registered ({@code
 * kofu.<job>}); the data key {@value #RESTART_KEY} tells {@code LaunchBatchJob} to run again with
 * that execution's parameters. Stop and abandon are status changes in the JobRepository: a running
 * step sees STOPPING when it next commits a chunk. Every action is in the audit chain.
 */
@Service
public class JobControl {

  public static final List<String> JOBS =
      List.of("fullPregeneration", "deltaPregeneration", "purge", "characterCoverage");
  static final String GROUP = "kofu";
  static final String LAUNCH_GROUP = "kofu-admin";
  static final String RESTART_KEY = "restartExecutionId";

  /** LaunchBatchJob's {@code LAUNCHED_AT}. */
  static final String LAUNCHED_AT_KEY = "launchedAt";

  static final String REQUESTED_BY = "requestedBy";
  private static final int SKIP_LIMIT = 500;

  private final JobExplorer explorer;
  private final JobRepository repository;
  private final Scheduler scheduler;
  private final JdbcClient jdbc;
  private final ScheduleOverrides overrides;
  private final AuditTrail audit;
  private final JobsProperties properties;
  private final Clock clock;

  JobControl(
      JobExplorer explorer,
      JobRepository repository,
      QuartzStore quartz,
      DataSource projectDb,
      AuditTrail audit,
      JobsProperties properties,
      Clock clock) {
    this.explorer = explorer;
    this.repository = repository;
    this.scheduler = quartz.scheduler();
    this.jdbc = JdbcClient.create(projectDb);
    this.overrides = new ScheduleOverrides(projectDb);
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** The latest executions of a job, newest first. */
  public List<ExecutionProgress> history(String job) {
    int count = properties.history();
    return explorer.findJobInstancesByJobName(job, 0, count).stream()
        .flatMap(
            i -> {
              List<JobExecution> executions = explorer.getJobExecutions(i);
              return executions.stream().map(e -> ExecutionProgress.of(e, executions));
            })
        .sorted(Comparator.comparingLong(ExecutionProgress::executionId).reversed())
        .limit(count)
        .toList();
  }

  public Optional<ExecutionProgress> execution(long executionId) {
    return Optional.ofNullable(explorer.getJobExecution(executionId))
        .map(e -> ExecutionProgress.of(e, explorer.getJobExecutions(e.getJobInstance())));
  }

  public List<StepRow> steps(long executionId) {
    JobExecution execution = explorer.getJobExecution(executionId);
    if (execution == null) {
      return List.of();
    }
    return execution.getStepExecutions().stream()
        .sorted(Comparator.comparingLong(s -> s.getId()))
        .map(StepRow::of)
        .toList();
  }

  public List<SkipRow> skips(long executionId) {
    return jdbc
        .sql(
            """
            SELECT step_name, person_key, cause, skipped_at FROM batch_skip_log
            WHERE job_execution_id = :execution ORDER BY id
            """)
        .param("execution", executionId)
        .query(
            (rs, n) ->
                new SkipRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list()
        .stream()
        .limit(SKIP_LIMIT)
        .toList();
  }

  /** Launches and restarts asked for and not fired yet (no batch node running, or one busy). */
  public List<PendingLaunch> pending() {
    List<PendingLaunch> pending = new ArrayList<>();
    try {
      for (TriggerKey key :
          scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(LAUNCH_GROUP))) {
        Trigger trigger = scheduler.getTrigger(key);
        // a fired one-shot trigger has no next firing; it leaves the store when its run ends
        if (trigger != null && trigger.getNextFireTime() != null) {
          String restart = trigger.getJobDataMap().getString(RESTART_KEY);
          pending.add(
              new PendingLaunch(
                  trigger.getJobKey().getName(),
                  restart == null ? null : Long.valueOf(restart),
                  trigger.getJobDataMap().getString(REQUESTED_BY),
                  trigger.getStartTime().toInstant()));
        }
      }
    } catch (SchedulerException e) {
      throw new JobControlException("jobs.error.store", null, e);
    }
    return pending;
  }

  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void launch(String job) {
    requireKnown(job);
    fire(job, null);
    audit.record("JOB_LAUNCH_REQUESTED", job);
  }

  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void restart(long executionId) {
    ExecutionProgress execution = existing(executionId);
    if (!execution.mayRestart()) {
      throw new JobControlException("jobs.error.not-restartable", execution.status());
    }
    fire(execution.jobName(), executionId);
    audit.record("JOB_RESTART_REQUESTED", execution.jobName() + " #" + executionId);
  }

  /** Marks a running execution STOPPING; its steps stop at their next chunk, on whichever node. */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void stop(long executionId) {
    String job =
        changeStatus(
            executionId,
            execution -> {
              if (!ExecutionProgress.of(execution).mayStop()) {
                throw new JobControlException("jobs.error.not-running", execution.getStatus());
              }
              execution.setStatus(BatchStatus.STOPPING);
            });
    audit.record("JOB_STOP", job + " #" + executionId);
  }

  /** Marks a stopped or failed execution ABANDONED: it will not be restarted. */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void abandon(long executionId) {
    String job =
        changeStatus(
            executionId,
            execution -> {
              if (!ExecutionProgress.of(execution).mayAbandon()) {
                throw new JobControlException("jobs.error.not-stopped", execution.getStatus());
              }
              execution.upgradeStatus(BatchStatus.ABANDONED);
              if (execution.getEndTime() == null) {
                execution.setEndTime(LocalDateTime.now(clock));
              }
            });
    audit.record("JOB_ABANDON", job + " #" + executionId);
  }

  public List<ScheduleEntry> schedules() {
    List<ScheduleEntry> entries = new ArrayList<>();
    try {
      for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
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
    TriggerKey key = TriggerKey.triggerKey(trigger, GROUP);
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

  private void fire(String job, Long restartOf) {
    JobKey key = JobKey.jobKey(job, GROUP);
    try {
      if (!scheduler.checkExists(key)) {
        throw new JobControlException("jobs.error.no-node", job);
      }
      TriggerBuilder<Trigger> trigger =
          TriggerBuilder.newTrigger()
              .forJob(key)
              .withIdentity(job + "-" + UUID.randomUUID(), LAUNCH_GROUP)
              .usingJobData(REQUESTED_BY, CurrentUser.login())
              .startAt(Date.from(clock.instant()));
      if (restartOf != null) {
        trigger.usingJobData(RESTART_KEY, restartOf.toString());
      } else {
        // a full run launched by hand is a new instance even after the day's run completed
        trigger.usingJobData(LAUNCHED_AT_KEY, clock.instant().toString());
      }
      scheduler.scheduleJob(trigger.build());
    } catch (SchedulerException e) {
      throw new JobControlException("jobs.error.launch-not-stored", job, e);
    }
  }

  private String changeStatus(long executionId, java.util.function.Consumer<JobExecution> change) {
    for (int attempt = 0; ; attempt++) {
      JobExecution execution = explorer.getJobExecution(executionId);
      if (execution == null) {
        throw new JobControlException("jobs.error.no-execution", executionId);
      }
      change.accept(execution);
      try {
        repository.update(execution);
        return execution.getJobInstance().getJobName();
      } catch (OptimisticLockingFailureException e) {
        // the batch node updated it meanwhile: read again and retry
        if (attempt == 2) {
          throw new JobControlException("jobs.error.busy", executionId, e);
        }
      }
    }
  }

  private ExecutionProgress existing(long executionId) {
    return execution(executionId)
        .orElseThrow(() -> new JobControlException("jobs.error.no-execution", executionId));
  }

  private static void requireKnown(String job) {
    if (!JOBS.contains(job)) {
      throw new JobControlException("jobs.error.unknown-job", job);
    }
  }
}
