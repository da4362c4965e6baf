package org.kofu.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kofu.batch.BatchApplication;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.testing.TestCluster;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.projectdb.jobs.ClosingCalendar;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceHours;
import org.kofu.testsupport.ScratchPostgres;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin's job control driving a real batch node on PostgreSQL: batch-jobs' own application
 * context (its jobs, its clustered Quartz scheduler, its cache client on a real cache member) and
 * the admin's context share one scratch database holding the existing systems' demo rows and the
 * project tables. What the node did is read from the Spring Batch and Quartz tables and from the
 * node's own scheduler.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchNodeJobControlIT {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Duration LONG = Duration.ofSeconds(120);

  /** Far away, and outside the year-end closing the delta trigger's calendar excludes. */
  private static final String NEVER = "0 0 3 1 6 ? 2099";

  private static final LocalDate CONFIGURED_HOLIDAY = LocalDate.now(TOKYO).plusYears(1);
  private static ScratchPostgres postgres;

  @Autowired JobHistory history;
  @Autowired JobLaunches launches;
  @Autowired JobSchedules schedules;
  @Autowired ClosingCalendarSync calendars;
  @Autowired DataSource dataSource;
  JdbcTemplate jdbc;
  TestCluster cache;
  HazelcastInstance cacheClient;
  ConfigurableApplicationContext node;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    postgres = ScratchPostgres.create();
    DataSource legacy = postgres.dataSource();
    DemoDataLoader.of(legacy)
        .load(
            legacy,
            new DemoDataGenerator(new GeneratorSettings(12, 12025L, LocalDate.now(TOKYO))),
            false);
    registry.add("spring.datasource.url", postgres::url);
    registry.add("spring.datasource.username", postgres::user);
    registry.add("kofu.admin.cache.enabled", () -> "false");
  }

  @BeforeAll
  void startBatchNode() {
    jdbc = new JdbcTemplate(dataSource);
    cache = new TestCluster(1);
    cache.startMembers(1);
    cacheClient = cache.client();
    node =
        new SpringApplicationBuilder(BatchApplication.class)
            .initializers(
                c -> c.getBeanFactory().registerSingleton("hazelcastInstance", cacheClient))
            .run(nodeArguments());
  }

  /**
   * As batch-jobs' own tests start one, with its application.yml (the admin's tests hide it), no
   * web server and none of the admin's auto-configuration; every schedule far away, so that only
   * what the admin stores makes the node run.
   */
  private static String[] nodeArguments() {
    String classes =
        BatchApplication.class.getProtectionDomain().getCodeSource().getLocation() + "";
    String config =
        classes.endsWith(".jar")
            ? "jar:" + classes + "!/application.yml"
            : classes + "application.yml";
    return Stream.of(
            "spring.config.location=" + config,
            "spring.main.web-application-type=none",
            "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
                + "org.springframework.boot.autoconfigure.security.servlet."
                + "UserDetailsServiceAutoConfiguration",
            "spring.datasource.url=" + postgres.url(),
            "spring.datasource.username=" + postgres.user(),
            "spring.datasource.password=",
            "spring.datasource.hikari.maximum-pool-size=6",
            "kofu.legacy.madoguchi.url=" + postgres.url(),
            "kofu.legacy.madoguchi.username=" + postgres.user(),
            "kofu.legacy.koseki.url=" + postgres.url(),
            "kofu.legacy.koseki.username=" + postgres.user(),
            "kofu.cache.crypto.active-key-id=k1",
            "kofu.cache.crypto.keys.k1=" + TestCluster.KEY_1,
            "kofu.batch.chunk-size=10",
            "kofu.batch.partitions=2",
            "kofu.embedded-default=true",
            "kofu.batch.delta.mode=SCHEDULED",
            "kofu.batch.schedule.full=" + NEVER,
            "kofu.batch.schedule.delta=" + NEVER,
            "kofu.batch.schedule.purge=" + NEVER,
            "kofu.batch.schedule.coverage=" + NEVER,
            "kofu.batch.schedule.holidays=" + CONFIGURED_HOLIDAY,
            "spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000")
        .map(p -> "--" + p)
        .toArray(String[]::new);
  }

  @AfterAll
  void stopBatchNode() throws SQLException {
    if (node != null) {
      node.close();
    }
    if (cache != null) {
      cache.close();
    }
    postgres.close();
  }

  @Test
  @WithMockUser(username = "operator-node", roles = "OPERATOR")
  void aFullRunLaunchedInTheAdminIsRunByTheBatchNodeIntoTheCache() {
    Instant asked = Instant.now();

    launches.launch("fullPregeneration");

    ExecutionProgress run =
        waiting()
            .until(() -> latest("fullPregeneration"), r -> r.isPresent() && done(r.get()))
            .orElseThrow();
    assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(
            jdbc.queryForObject(
                "SELECT p.parameter_value FROM batch_job_execution_params p"
                    + " WHERE p.job_execution_id = ? AND p.parameter_name = ?",
                String.class,
                run.executionId(),
                QuartzKeys.LAUNCHED_AT))
        .satisfies(at -> assertThat(Instant.parse(at)).isAfterOrEqualTo(asked.minusSeconds(1)));
    assertThat(run.counts().partitionsDone()).isPositive().isEqualTo(run.counts().partitions());
    assertThat(run.counts().written()).isPositive();
    assertThat(cacheClient.getMap(CacheMaps.BODIES).size()).isPositive();
    waiting().until(() -> launches.pending().isEmpty() && adminTriggers() == 0);
  }

  @Test
  @WithMockUser(username = "operator-node", roles = "OPERATOR")
  void aFailedRunIsRestartedFromTheAdminAndTheNodeCompletesTheSameInstance() {
    // the purge's second step writes this table: without it the run fails there
    jdbc.execute("ALTER TABLE issuance_request RENAME TO issuance_request_away");
    ExecutionProgress failed;
    try {
      launches.launch("purge");
      failed =
          waiting().until(() -> latest("purge"), r -> r.isPresent() && done(r.get())).orElseThrow();
    } finally {
      jdbc.execute("ALTER TABLE issuance_request_away RENAME TO issuance_request");
    }
    assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
    assertThat(failed.mayRestart()).isTrue();

    launches.restart(failed.executionId());

    ExecutionProgress restarted =
        waiting()
            .until(
                () -> latest("purge"),
                r -> r.isPresent() && r.get().executionId() > failed.executionId() && done(r.get()))
            .orElseThrow();
    assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(instanceOf(restarted.executionId())).isEqualTo(instanceOf(failed.executionId()));
    // the first step completed in the failed run: the restart ran only the failed one
    assertThat(history.steps(restarted.executionId()))
        .extracting(StepRow::name)
        .containsExactly("purgeExpiredIssuances");
    assertThat(history.execution(failed.executionId()).orElseThrow().status())
        .isEqualTo(BatchStatus.FAILED);
  }

  @Test
  @WithMockUser(username = "operator-node", roles = "OPERATOR")
  void theNodeRunsByTheScheduleAndTheClosedDaysTheAdminStores() throws Exception {
    LocalDate today = LocalDate.now(TOKYO);
    // a year-end closing that excludes neither today nor the day NEVER names
    MonthDay elsewhere = MonthDay.from(today.plusMonths(6));
    if (elsewhere.equals(MonthDay.of(6, 1))) {
      elsewhere = MonthDay.of(6, 2);
    }
    ServiceHours hours =
        new ServiceHours(
            ServiceHours.DEFAULT.opens(),
            ServiceHours.DEFAULT.closes(),
            TOKYO,
            elsewhere,
            elsewhere);
    Scheduler nodeScheduler = node.getBean(Scheduler.class);
    TriggerKey delta = TriggerKey.triggerKey("deltaPregeneration-0", QuartzKeys.GROUP);
    try {
      assertThat(calendars.publish(hours, List.of(new Holiday(today, "臨時休業", true)))).isTrue();
      schedules.reschedule("deltaPregeneration-0", "*/2 * * * * ?");

      // the node reads both from the store: today closed, its own configured holiday kept
      org.quartz.Calendar closed = nodeScheduler.getCalendar(QuartzKeys.CLOSING_CALENDAR);
      assertThat(closed.isTimeIncluded(System.currentTimeMillis())).isFalse();
      assertThat(ClosingCalendar.configured(closed)).containsExactly(CONFIGURED_HOLIDAY);
      CronTrigger stored = (CronTrigger) nodeScheduler.getTrigger(delta);
      assertThat(stored.getCronExpression()).isEqualTo("*/2 * * * * ?");
      assertThat(stored.getCalendarName()).isEqualTo(QuartzKeys.CLOSING_CALENDAR);
      assertThat(stored.getNextFireTime().toInstant())
          .isAfterOrEqualTo(today.plusDays(1).atStartOfDay(TOKYO).toInstant());
      assertThat(history.history("deltaPregeneration")).isEmpty();

      assertThat(calendars.publish(hours, List.of())).isTrue();

      ExecutionProgress run =
          waiting()
              .until(
                  () -> latest("deltaPregeneration"),
                  r -> r.isPresent() && r.get().status() == BatchStatus.COMPLETED)
              .orElseThrow();
      // fired by the cron trigger: its firing time, a Tokyo time of today, is the run's parameter
      assertThat(
              jdbc.queryForObject(
                  "SELECT parameter_value FROM batch_job_execution_params"
                      + " WHERE job_execution_id = ? AND parameter_name = 'runAt'",
                  String.class,
                  run.executionId()))
          .startsWith(today.toString());
    } finally {
      calendars.publish(ServiceHours.DEFAULT, List.of());
      schedules.reschedule("deltaPregeneration-0", NEVER);
    }
    assertThat(((CronTrigger) nodeScheduler.getTrigger(delta)).getCronExpression())
        .isEqualTo(NEVER);
  }

  /** In the test's thread: its mock user is the one who acts. */
  private static ConditionFactory waiting() {
    return await().atMost(LONG).pollInterval(Duration.ofMillis(500)).pollInSameThread();
  }

  private Optional<ExecutionProgress> latest(String job) {
    return history.history(job).stream().findFirst();
  }

  private static boolean done(ExecutionProgress run) {
    return !run.isRunning() && run.status() != BatchStatus.UNKNOWN;
  }

  private long instanceOf(long executionId) {
    return jdbc.queryForObject(
        "SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?",
        Long.class,
        executionId);
  }

  private int adminTriggers() {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM qrtz_triggers WHERE sched_name = 'kofu-batch'"
            + " AND trigger_group = ?",
        Integer.class,
        QuartzKeys.LAUNCH_GROUP);
  }
}
