package org.kofu.projectdb.jobs;

import java.util.Arrays;
import java.util.List;

/**
 * The batch nodes' jobs: the Spring Batch job name is also the Quartz job detail's name (group
 * {@link QuartzKeys#GROUP}) and the Job bean's name.
 */
public enum BatchJob {
  FULL_PREGENERATION("fullPregeneration", true),
  DELTA_PREGENERATION("deltaPregeneration", true),
  /** Polls the change journals through service hours; only the schedule starts it. */
  CONTINUOUS_DELTA("continuousDelta", false),
  PURGE("purge", true),
  /** Finds the characters of both existing systems that print only through 外字 or not at all. */
  CHARACTER_COVERAGE("characterCoverage", true),
  /** Closes each day after its service hours and reports changes to closed days (精算). */
  DAILY_CLOSE("dailyClose", true);

  private final String jobName;
  private final boolean launchedByHand;

  BatchJob(String jobName, boolean launchedByHand) {
    this.jobName = jobName;
    this.launchedByHand = launchedByHand;
  }

  public String jobName() {
    return jobName;
  }

  /** The jobs the admin lists, launches and restarts, in the order it shows them. */
  public static List<String> launchedByHand() {
    return Arrays.stream(values()).filter(j -> j.launchedByHand).map(BatchJob::jobName).toList();
  }

  public boolean is(String name) {
    return jobName.equals(name);
  }
}
