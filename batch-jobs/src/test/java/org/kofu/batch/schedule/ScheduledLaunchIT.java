package org.kofu.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.progress.JobProgress;
import org.kofu.batch.testing.BatchTestBed;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/** The schedule as configured: triggers in the clustered JDBC store launch the batch jobs. */
class ScheduledLaunchIT {

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(20, 2, 2);
    node =
        bed.node(
            "kofu.batch.schedule.enabled=true",
            "spring.quartz.auto-startup=true",
            "kofu.batch.schedule.delta=*/2 * * * * ?",
            "kofu.batch.delta.mode=SCHEDULED");
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void theDeltaTriggerLaunchesDeltaRunsThroughTheJdbcStore() throws Exception {
    Scheduler scheduler = node.getBean(Scheduler.class);
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    assertThat(scheduler.getCalendarNames()).contains(QuartzScheduleConfiguration.CLOSED);
    // full, purge and the one delta expression configured here
    assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("kofu"))).hasSize(3);

    JobProgress progress = node.getBean(JobProgress.class);
    long deadline = System.currentTimeMillis() + 30_000;
    List<JobProgress.Snapshot> runs = List.of();
    while (System.currentTimeMillis() < deadline) {
      runs = progress.latest("deltaPregeneration", 5);
      if (runs.stream().anyMatch(r -> r.status() == BatchStatus.COMPLETED)) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(runs).anyMatch(r -> r.status() == BatchStatus.COMPLETED);
  }

  @Test
  void aOneShotTriggerNamingAnExecutionRestartsItWithItsParameters() throws Exception {
    JobParameters parameters =
        new JobParametersBuilder()
            .addLocalDateTime("runAt", LocalDateTime.of(2026, 1, 1, 4, 15))
            .toJobParameters();
    JobExecution first =
        node.getBean(JobLauncher.class).run(node.getBean("purge", Job.class), parameters);
    // as a killed run ends up after StaleExecutions
    JobRepository repository = node.getBean(JobRepository.class);
    first.setStatus(BatchStatus.FAILED);
    first.setExitStatus(ExitStatus.FAILED);
    repository.update(first);

    // what the admin stores for a restart
    node.getBean(Scheduler.class)
        .scheduleJob(
            TriggerBuilder.newTrigger()
                .forJob("purge", "kofu")
                .withIdentity("restart-" + first.getId(), "kofu-admin")
                .usingJobData(LaunchBatchJob.RESTART_EXECUTION, String.valueOf(first.getId()))
                .startNow()
                .build());

    JobExplorer explorer = node.getBean(JobExplorer.class);
    long deadline = System.currentTimeMillis() + 30_000;
    List<JobExecution> executions = List.of();
    while (System.currentTimeMillis() < deadline) {
      executions = explorer.getJobExecutions(first.getJobInstance());
      if (executions.size() == 2
          && executions.stream().anyMatch(e -> e.getStatus() == BatchStatus.COMPLETED)) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(executions).hasSize(2);
    JobExecution restarted =
        executions.stream().filter(e -> e.getId() != first.getId()).findFirst().orElseThrow();
    assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(restarted.getJobParameters()).isEqualTo(parameters);
  }

  @Test
  void aFullRunLaunchedByHandIsANewInstanceAfterTheDaysRunCompleted() throws Exception {
    JobExplorer explorer = node.getBean(JobExplorer.class);
    Scheduler scheduler = node.getBean(Scheduler.class);
    for (String launchedAt : List.of("2026-11-26T01:00:00Z", "2026-11-26T02:00:00Z")) {
      // what the admin stores for a launch
      scheduler.scheduleJob(
          TriggerBuilder.newTrigger()
              .forJob("fullPregeneration", "kofu")
              .withIdentity("launch-" + launchedAt, "kofu-admin")
              .usingJobData(LaunchBatchJob.LAUNCHED_AT, launchedAt)
              .startNow()
              .build());
      long deadline = System.currentTimeMillis() + 60_000;
      while (System.currentTimeMillis() < deadline && !completed(explorer, launchedAt)) {
        Thread.sleep(500);
      }
      assertThat(completed(explorer, launchedAt)).as(launchedAt).isTrue();
    }
  }

  private static boolean completed(JobExplorer explorer, String launchedAt) {
    return explorer.findJobInstancesByJobName("fullPregeneration", 0, 20).stream()
        .flatMap(i -> explorer.getJobExecutions(i).stream())
        .anyMatch(
            e ->
                e.getStatus() == BatchStatus.COMPLETED
                    && launchedAt.equals(
                        e.getJobParameters().getString(LaunchBatchJob.LAUNCHED_AT)));
  }
}
