package org.kofu.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.BatchApplication;
import org.kofu.batch.progress.JobProgress;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.projectdb.jobs.ClosingCalendar;
import org.kofu.projectdb.jobs.LaunchTriggers;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceHours;
import org.quartz.Calendar;
import org.quartz.Scheduler;
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
            "kofu.batch.schedule.holidays=2027-05-06",
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
    // full, purge, the weekly character coverage, the daily close and the one delta expression
    // configured here
    assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("kofu"))).hasSize(5);

    JobProgress progress = node.getBean(JobProgress.class);
    await("a scheduled deltaPregeneration completed")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> progress.latest("deltaPregeneration", 5),
            runs -> runs.stream().anyMatch(r -> r.status() == BatchStatus.COMPLETED));
  }

  @Test
  void theAdminsPublishOfTheServiceTablesKeepsTheNodesConfiguredHolidays() throws Exception {
    Scheduler scheduler = node.getBean(Scheduler.class);
    String name = QuartzKeys.CLOSING_CALENDAR;
    Calendar started = scheduler.getCalendar(name);
    assertThat(ClosingCalendar.configured(started)).containsExactly(LocalDate.of(2027, 5, 6));

    // what the admin's ClosingCalendarSync stores when the Service view changes
    Holiday closed = new Holiday(LocalDate.of(2027, 5, 3), "憲法記念日", true);
    scheduler.addCalendar(
        name,
        ClosingCalendar.replacing(Optional.of(started), ServiceHours.DEFAULT, List.of(closed)),
        true,
        true);

    Calendar published = scheduler.getCalendar(name);
    assertThat(published.isTimeIncluded(noon(2027, 5, 6))).isFalse();
    assertThat(published.isTimeIncluded(noon(2027, 5, 3))).isFalse();
    assertThat(published.isTimeIncluded(noon(2027, 5, 7))).isTrue();
  }

  private static long noon(int year, int month, int day) {
    return LocalDate.of(year, month, day)
        .atTime(12, 0)
        .atZone(BatchApplication.ZONE)
        .toInstant()
        .toEpochMilli();
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

    // what the admin's JobControl stores for a restart
    node.getBean(Scheduler.class)
        .scheduleJob(LaunchTriggers.restart("purge", first.getId(), "operator", Instant.now()));

    JobExplorer explorer = node.getBean(JobExplorer.class);
    List<JobExecution> executions =
        await("the restart completed")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> explorer.getJobExecutions(first.getJobInstance()),
                all ->
                    all.size() == 2
                        && all.stream().anyMatch(e -> e.getStatus() == BatchStatus.COMPLETED));
    JobExecution restarted =
        executions.stream().filter(e -> e.getId() != first.getId()).findFirst().orElseThrow();
    assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(restarted.getJobParameters()).isEqualTo(parameters);
  }

  @Test
  void aFullRunLaunchedByHandIsANewInstanceAfterTheDaysRunCompleted() throws Exception {
    JobExplorer explorer = node.getBean(JobExplorer.class);
    Scheduler scheduler = node.getBean(Scheduler.class);
    for (int launch = 0; launch < 2; launch++) {
      // what the admin's JobControl stores for a launch
      Instant asked = Instant.now();
      String launchedAt = asked.toString();
      scheduler.scheduleJob(LaunchTriggers.launch("fullPregeneration", "operator", asked));
      await("the launch of " + launchedAt + " completed")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> completed(explorer, launchedAt));
    }
  }

  private static boolean completed(JobExplorer explorer, String launchedAt) {
    return explorer.findJobInstancesByJobName("fullPregeneration", 0, 20).stream()
        .flatMap(i -> explorer.getJobExecutions(i).stream())
        .anyMatch(
            e ->
                e.getStatus() == BatchStatus.COMPLETED
                    && launchedAt.equals(e.getJobParameters().getString(QuartzKeys.LAUNCHED_AT)));
  }
}
