package org.kofu.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.progress.JobProgress;
import org.kofu.batch.testing.BatchTestBed;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.batch.core.BatchStatus;
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
}
