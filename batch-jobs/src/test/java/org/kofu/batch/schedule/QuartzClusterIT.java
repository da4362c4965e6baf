package org.kofu.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.kofu.testsupport.ScratchPostgres;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/** Two scheduler nodes on one clustered JDBC store (the project database's QRTZ tables). */
class QuartzClusterIT {

  static final Map<Long, AtomicInteger> firings = new ConcurrentHashMap<>();
  static final Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();

  public static class CountingJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      firings
          .computeIfAbsent(context.getScheduledFireTime().getTime(), t -> new AtomicInteger())
          .incrementAndGet();
      byNode.computeIfAbsent(instanceId(context), n -> new AtomicInteger()).incrementAndGet();
    }

    private static String instanceId(JobExecutionContext context) {
      try {
        return context.getScheduler().getSchedulerInstanceId();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void twoNodesNeverRunTheSameFiringTwice() throws Exception {
    try (ScratchPostgres db = ScratchPostgres.create()) {
      Flyway.configure()
          .dataSource(db.dataSource())
          .locations("classpath:db/project", "classpath:db/project-postgresql")
          .load()
          .migrate();
      SchedulerFactoryBean a = node(db, "node-a");
      SchedulerFactoryBean b = node(db, "node-b");
      try {
        Scheduler scheduler = a.getScheduler();
        Trigger everySecond =
            TriggerBuilder.newTrigger()
                .withIdentity("every-second", "test")
                .startNow()
                .withSchedule(
                    SimpleScheduleBuilder.repeatSecondlyForTotalCount(12)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(
            JobBuilder.newJob(CountingJob.class).withIdentity("count", "test").build(),
            everySecond);
        await("the trigger fired its 12 times")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> !scheduler.checkExists(everySecond.getKey()));
        // the last firing's job counts itself
        Thread.sleep(500);
      } finally {
        a.destroy();
        b.destroy();
      }
      assertThat(firings).hasSizeGreaterThanOrEqualTo(10);
      assertThat(firings.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }
  }

  private static SchedulerFactoryBean node(ScratchPostgres db, String id) throws Exception {
    Properties quartz = new Properties();
    quartz.put("org.quartz.scheduler.instanceName", "kofu-batch");
    quartz.put("org.quartz.scheduler.instanceId", id);
    quartz.put("org.quartz.jobStore.isClustered", "true");
    quartz.put("org.quartz.jobStore.clusterCheckinInterval", "1000");
    quartz.put("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
    quartz.put("org.quartz.threadPool.threadCount", "2");
    SchedulerFactoryBean factory = new SchedulerFactoryBean();
    factory.setDataSource(db.dataSource());
    factory.setQuartzProperties(quartz);
    factory.setSchedulerName("kofu-batch");
    factory.setBeanName(id);
    factory.afterPropertiesSet();
    factory.start();
    return factory;
  }
}
