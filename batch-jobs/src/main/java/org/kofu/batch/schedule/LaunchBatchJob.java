package org.kofu.batch.schedule;

import java.time.Clock;
import java.time.LocalDate;
import org.kofu.projectdb.jobs.BatchJob;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A Quartz job that launches the Spring Batch job named in its data map. The full run is identified
 * by its day (and by {@value QuartzKeys#LAUNCHED_AT} when the admin launched it), so a firing after
 * a killed run of the same day restarts it where it stopped; the others by their firing time; a
 * firing whose data names {@value QuartzKeys#RESTART_EXECUTION} (the admin's restart) runs again
 * with that execution's parameters. Not concurrent: the cluster never runs two of the same at once.
 */
@DisallowConcurrentExecution
public class LaunchBatchJob extends QuartzJobBean {

  private final ApplicationContext context;
  private final ObjectProvider<StaleExecutions> staleExecutions;

  public LaunchBatchJob(ApplicationContext context, ObjectProvider<StaleExecutions> stale) {
    this.context = context;
    this.staleExecutions = stale;
  }

  @Override
  protected void executeInternal(JobExecutionContext firing) throws JobExecutionException {
    String name = firing.getMergedJobDataMap().getString(QuartzKeys.JOB_NAME);
    Clock clock = context.getBean(Clock.class);
    JobParametersBuilder parameters = new JobParametersBuilder();
    if (BatchJob.FULL_PREGENERATION.is(name)) {
      parameters.addLocalDate("runDay", LocalDate.now(clock));
      String launchedAt = firing.getMergedJobDataMap().getString(QuartzKeys.LAUNCHED_AT);
      if (launchedAt != null) {
        parameters.addString(QuartzKeys.LAUNCHED_AT, launchedAt);
      }
    } else {
      parameters.addLocalDateTime(
          "runAt",
          java.time.LocalDateTime.ofInstant(
              firing.getScheduledFireTime().toInstant(), clock.getZone()));
    }
    try {
      staleExecutions.ifAvailable(s -> s.failStale(name));
      String restart = firing.getMergedJobDataMap().getString(QuartzKeys.RESTART_EXECUTION);
      JobParameters params =
          restart == null
              ? parameters.toJobParameters()
              : context
                  .getBean(JobExplorer.class)
                  .getJobExecution(Long.parseLong(restart))
                  .getJobParameters();
      context.getBean(JobLauncher.class).run(context.getBean(name, Job.class), params);
    } catch (Exception e) {
      throw new JobExecutionException(e);
    }
  }
}
