package org.kofu.admin.jobs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.projectdb.jobs.BatchJob;
import org.kofu.projectdb.jobs.LaunchTriggers;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs of the batch nodes' jobs, asked for and ended from the admin's process. Launch and restart
 * are one-shot triggers in the Quartz store for the job detail the batch nodes registered ({@code
 * kofu.<job>}), built by project-db's {@link LaunchTriggers}, whose data key {@value
 * QuartzKeys#RESTART_EXECUTION} tells the batch nodes' {@code LaunchBatchJob} to run again with
 * that execution's parameters. Stop and abandon are status changes in the JobRepository: a running
 * step sees STOPPING when it next commits a chunk. Every action is in the audit chain.
 */
@Service
public class JobLaunches {

  /** Three tries of a status change that meets the batch node's own update of the execution. */
  private static final RetryTemplate STATUS_RETRY =
      RetryTemplate.builder()
          .maxAttempts(3)
          .retryOn(OptimisticLockingFailureException.class)
          .noBackoff()
          .build();

  /** The jobs listed, launched and restarted here. */
  public static final List<String> JOBS = BatchJob.launchedByHand();

  private final JobHistory history;
  private final JobExplorer explorer;
  private final JobRepository repository;
  private final Scheduler scheduler;
  private final AuditTrail audit;
  private final Clock clock;

  JobLaunches(
      JobHistory history,
      JobExplorer explorer,
      JobRepository repository,
      QuartzStore quartz,
      AuditTrail audit,
      Clock clock) {
    this.history = history;
    this.explorer = explorer;
    this.repository = repository;
    this.scheduler = quartz.scheduler();
    this.audit = audit;
    this.clock = clock;
  }

  /** Launches and restarts asked for and not fired yet (no batch node running, or one busy). */
  public List<PendingLaunch> pending() {
    List<PendingLaunch> pending = new ArrayList<>();
    try {
      for (TriggerKey key :
          scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(QuartzKeys.LAUNCH_GROUP))) {
        Trigger trigger = scheduler.getTrigger(key);
        // a fired one-shot trigger has no next firing; it leaves the store when its run ends
        if (trigger != null && trigger.getNextFireTime() != null) {
          String restart = trigger.getJobDataMap().getString(QuartzKeys.RESTART_EXECUTION);
          pending.add(
              new PendingLaunch(
                  trigger.getJobKey().getName(),
                  restart == null ? null : Long.valueOf(restart),
                  trigger.getJobDataMap().getString(QuartzKeys.REQUESTED_BY),
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
    if (!JOBS.contains(job)) {
      throw new JobControlException("jobs.error.unknown-job", job);
    }
    fire(job, null);
    audit.record("JOB_LAUNCH_REQUESTED", job);
  }

  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void restart(long executionId) {
    ExecutionProgress execution =
        history
            .execution(executionId)
            .orElseThrow(() -> new JobControlException("jobs.error.no-execution", executionId));
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

  private void fire(String job, Long restartOf) {
    try {
      if (!scheduler.checkExists(LaunchTriggers.jobKey(job))) {
        throw new JobControlException("jobs.error.no-node", job);
      }
      String by = CurrentUser.login();
      scheduler.scheduleJob(
          restartOf == null
              ? LaunchTriggers.launch(job, by, clock.instant())
              : LaunchTriggers.restart(job, restartOf, by, clock.instant()));
    } catch (SchedulerException e) {
      throw new JobControlException("jobs.error.launch-not-stored", job, e);
    }
  }

  private String changeStatus(long executionId, Consumer<JobExecution> change) {
    try {
      return STATUS_RETRY.execute(
          attempt -> {
            // read again on each attempt: the batch node may have updated it meanwhile
            JobExecution execution = explorer.getJobExecution(executionId);
            if (execution == null) {
              throw new JobControlException("jobs.error.no-execution", executionId);
            }
            change.accept(execution);
            repository.update(execution);
            return execution.getJobInstance().getJobName();
          });
    } catch (OptimisticLockingFailureException e) {
      throw new JobControlException("jobs.error.busy", executionId, e);
    }
  }
}
