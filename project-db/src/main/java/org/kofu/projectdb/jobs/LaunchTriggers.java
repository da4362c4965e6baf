package org.kofu.projectdb.jobs;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The one-shot triggers the admin stores for a launch or a restart, and how a batch node reads a
 * firing of one: group {@value QuartzKeys#LAUNCH_GROUP}, for the job detail a batch node registered
 * (group {@value QuartzKeys#GROUP}).
 */
public final class LaunchTriggers {

  private LaunchTriggers() {}

  /** The job detail a batch node registers for {@code job}. */
  public static JobKey jobKey(String job) {
    return JobKey.jobKey(job, QuartzKeys.GROUP);
  }

  /** A launch asked for at {@code at}: a full run launched by hand is a new instance. */
  public static Trigger launch(String job, String requestedBy, Instant at) {
    return oneShot(job, requestedBy, at)
        .usingJobData(QuartzKeys.LAUNCHED_AT, at.toString())
        .build();
  }

  /** A restart of an execution, with that execution's parameters. */
  public static Trigger restart(String job, long executionId, String requestedBy, Instant at) {
    return oneShot(job, requestedBy, at)
        .usingJobData(QuartzKeys.RESTART_EXECUTION, Long.toString(executionId))
        .build();
  }

  private static TriggerBuilder<Trigger> oneShot(String job, String requestedBy, Instant at) {
    return TriggerBuilder.newTrigger()
        .forJob(jobKey(job))
        .withIdentity(job + "-" + UUID.randomUUID(), QuartzKeys.LAUNCH_GROUP)
        .usingJobData(QuartzKeys.REQUESTED_BY, requestedBy)
        .startAt(Date.from(at));
  }
}
