package org.kofu.projectdb.jobs;

/** Names the batch nodes and the admin share in the Quartz store. */
public final class QuartzKeys {

  /** The group of the job details and of the configured cron triggers. */
  public static final String GROUP = "kofu";

  /** The group of the admin's one-shot launch and restart triggers. */
  public static final String LAUNCH_GROUP = "kofu-admin";

  /** The job-data key naming the Spring Batch job a firing launches. */
  public static final String JOB_NAME = "batchJob";

  /** Set by the admin's restart: run again with that execution's parameters. */
  public static final String RESTART_EXECUTION = "restartExecutionId";

  /**
   * Set by the admin's launch (the instant it was asked for): a full run launched by hand is a new
   * job instance even when the day's run has completed, and the same one if its firing is recovered
   * after a node died. Also the job parameter's name.
   */
  public static final String LAUNCHED_AT = "launchedAt";

  /** Who asked for a launch or restart in the admin. */
  public static final String REQUESTED_BY = "requestedBy";

  /** The closing calendar the delta triggers use ({@link ClosingCalendar}). */
  public static final String CLOSING_CALENDAR = "kofuClosed";

  private QuartzKeys() {}
}
