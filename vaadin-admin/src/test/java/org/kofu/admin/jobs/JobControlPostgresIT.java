package org.kofu.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kofu.admin.browser.FakeBatchNode;
import org.kofu.projectdb.schedule.QuartzDelegate;
import org.kofu.projectdb.schedule.ScheduleOverrides;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job control across processes on PostgreSQL, as in production: the admin's job control ({@link
 * JobLaunches}, {@link JobSchedules}, {@link JobHistory}: its never-started Quartz store client,
 * the JobRepository) and a batch node ({@link FakeBatchNode}: a started clustered Quartz scheduler
 * and real Spring Batch jobs) sharing one scratch PostgreSQL database, made for this class and
 * dropped after. Outcomes are read from the JobRepository and Quartz tables themselves.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobControlPostgresIT {

  private static final String ADMIN_URL = System.getProperty("kofu.test.pg.url");
  private static final String USER = System.getProperty("kofu.test.pg.user", "postgres");
  private static final String DATABASE =
      "kofu_jobsui_it_" + UUID.randomUUID().toString().replace("-", "");
  private static final Duration LONG = Duration.ofSeconds(90);

  @Autowired JobHistory history;
  @Autowired JobLaunches launches;
  @Autowired JobSchedules schedules;
  @Autowired DataSource dataSource;
  @Autowired JobRepository repository;
  @Autowired JobExplorer explorer;
  @Autowired PlatformTransactionManager transactions;
  JdbcTemplate jdbc;
  FakeBatchNode node;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    execute("CREATE DATABASE " + DATABASE);
    registry.add("spring.datasource.url", () -> ADMIN_URL.replaceFirst("/[^/]*$", "/" + DATABASE));
    registry.add("spring.datasource.username", () -> USER);
    registry.add("kofu.admin.cache.enabled", () -> "false");
  }

  @BeforeAll
  void startBatchNode() throws Exception {
    jdbc = new JdbcTemplate(dataSource);
    // 8 items of 50 ms per partition; delta and purge 400 items, 20 s: long enough to be stopped
    node = new FakeBatchNode(dataSource, repository, explorer, transactions, 8, 50);
  }

  @AfterAll
  void stopBatchNodeAndDropDatabase() throws Exception {
    if (node != null) {
      node.close();
    }
    execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void theStoreUsesPostgresDelegateAndTheBatchNodeRegisteredItsJobs() {
    assertThat(QuartzDelegate.forDatabase(dataSource)).endsWith("PostgreSQLDelegate");
    assertThat(
            jdbc.queryForList(
                "SELECT job_name FROM qrtz_job_details WHERE sched_name = 'kofu-batch'"
                    + " AND job_group = 'kofu' ORDER BY job_name",
                String.class))
        .containsExactly("deltaPregeneration", "fullPregeneration", "purge");
    // the job data is a BYTEA blob both schedulers read: the admin lists the schedule
    assertThat(schedules.schedules()).extracting(ScheduleEntry::trigger).contains("purge-0");
  }

  @Test
  @WithMockUser(username = "operator-pg", roles = "OPERATOR")
  void aLaunchIsFiredByTheBatchNodeAndItsItemsReachTheirTotal() throws Exception {
    launches.launch("fullPregeneration");

    // stored as a one-shot trigger of the admin's group, its job data a BYTEA blob; it stays in
    // the store until the node's run of it ends (the run takes 0.8 s at least)
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM qrtz_triggers WHERE sched_name = 'kofu-batch'"
                    + " AND trigger_group = 'kofu-admin' AND job_name = 'fullPregeneration'"
                    + " AND job_data IS NOT NULL",
                Integer.class))
        .isEqualTo(1);
    JobExecution run =
        awaitLatest("fullPregeneration", e -> e.getStatus() == BatchStatus.COMPLETED);

    assertThat(status(run.getId())).isEqualTo("COMPLETED");
    ExecutionProgress progress = history.execution(run.getId()).orElseThrow();
    assertThat(progress.counts().partitions())
        .isEqualTo(2)
        .isEqualTo(progress.counts().partitionsDone());
    assertThat(progress.counts().itemsTotal())
        .isEqualTo(16)
        .isEqualTo(progress.counts().itemsDone());
    assertThat(progress.counts().read()).isEqualTo(16);
    assertThat(progress.itemsFraction()).isEqualTo(1.0);
    // the fired one-shot trigger leaves the store; nothing is pending
    await(() -> launches.pending().isEmpty() && adminTriggers() == 0);
    assertThat(audited("JOB_LAUNCH_REQUESTED", "fullPregeneration")).isEqualTo(1);
  }

  @Test
  @WithMockUser(username = "operator-pg", roles = "OPERATOR")
  void aStopReachesTheRunningNodeAndARestartFinishesTheSameInstance() throws Exception {
    node.pace(50);
    launches.launch("deltaPregeneration");
    JobExecution running =
        awaitLatest(
            "deltaPregeneration",
            e ->
                e.getStatus() == BatchStatus.STARTED
                    && e.getStepExecutions().stream().anyMatch(s -> s.getReadCount() > 0));

    launches.stop(running.getId());

    awaitStatus(running.getId(), "STOPPED");
    JobExecution stopped = explorer.getJobExecution(running.getId());
    assertThat(stopped.getStepExecutions()).allMatch(s -> s.getStatus() == BatchStatus.STOPPED);
    assertThat(stopped.getStepExecutions().iterator().next().getReadCount()).isLessThan(400);
    node.pace(1);

    launches.restart(running.getId());

    JobExecution restarted =
        awaitLatest(
            "deltaPregeneration",
            e -> e.getId() > running.getId() && e.getStatus() == BatchStatus.COMPLETED);
    assertThat(restarted.getJobInstance().getId()).isEqualTo(running.getJobInstance().getId());
    assertThat(status(restarted.getId())).isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM batch_job_execution WHERE job_instance_id = ?",
                Integer.class,
                running.getJobInstance().getId()))
        .isEqualTo(2);
    // the restart resumed after the stopped run's last chunk: together they read the 400 once
    long readBoth =
        jdbc.queryForObject(
            "SELECT SUM(s.read_count) FROM batch_step_execution s JOIN batch_job_execution e"
                + " ON e.job_execution_id = s.job_execution_id WHERE e.job_instance_id = ?",
            Long.class,
            running.getJobInstance().getId());
    assertThat(readBoth).isEqualTo(400);
    await(() -> adminTriggers() == 0);
    assertThat(audited("JOB_STOP", "#" + running.getId())).isEqualTo(1);
    assertThat(audited("JOB_RESTART_REQUESTED", "#" + running.getId())).isEqualTo(1);
  }

  @Test
  @WithMockUser(username = "operator-pg", roles = "OPERATOR")
  void aStoppedRunIsAbandonedAndCannotBeRestarted() throws Exception {
    node.pace(50);
    launches.launch("purge");
    JobExecution running = awaitLatest("purge", e -> e.getStatus() == BatchStatus.STARTED);
    launches.stop(running.getId());
    awaitStatus(running.getId(), "STOPPED");

    launches.abandon(running.getId());

    assertThat(status(running.getId())).isEqualTo("ABANDONED");
    assertThat(
            jdbc.queryForObject(
                "SELECT end_time IS NOT NULL FROM batch_job_execution WHERE job_execution_id = ?",
                Boolean.class,
                running.getId()))
        .isTrue();
    assertThatThrownBy(() -> launches.restart(running.getId()))
        .isInstanceOf(JobControlException.class);
    assertThat(adminTriggers()).isZero();
    assertThat(audited("JOB_ABANDON", "#" + running.getId())).isEqualTo(1);
  }

  @Test
  @WithMockUser(username = "operator-pg", roles = "OPERATOR")
  void aScheduleChangeIsStoredInPlaceForTheBatchNode() throws Exception {
    String before = node.cron("purge-0");
    long nextBefore = nextFire("purge-0");

    schedules.reschedule("purge-0", "0 15 4 1 1 ? 2098");

    assertThat(
            jdbc.queryForObject(
                "SELECT c.cron_expression FROM qrtz_cron_triggers c JOIN qrtz_triggers t"
                    + " ON t.sched_name = c.sched_name AND t.trigger_name = c.trigger_name"
                    + " AND t.trigger_group = c.trigger_group"
                    + " WHERE c.sched_name = 'kofu-batch' AND c.trigger_group = 'kofu'"
                    + " AND c.trigger_name = 'purge-0' AND t.job_name = 'purge'",
                String.class))
        .isEqualTo("0 15 4 1 1 ? 2098");
    assertThat(
            jdbc.queryForObject(
                "SELECT time_zone_id FROM qrtz_cron_triggers WHERE sched_name = 'kofu-batch'"
                    + " AND trigger_name = 'purge-0'",
                String.class))
        .isEqualTo("Asia/Tokyo");
    assertThat(nextFire("purge-0")).isLessThan(nextBefore);
    assertThat(node.cron("purge-0")).isEqualTo("0 15 4 1 1 ? 2098");
    assertThat(new ScheduleOverrides(dataSource).all())
        .containsEntry("purge-0", "0 15 4 1 1 ? 2098");
    assertThat(audited("JOB_SCHEDULE_CHANGED", "purge-0: " + before + " -> 0 15 4 1 1 ? 2098"))
        .isEqualTo(1);
    assertThatThrownBy(() -> schedules.reschedule("purge-0", "not a cron"))
        .isInstanceOf(JobControlException.class);
    assertThat(node.cron("purge-0")).isEqualTo("0 15 4 1 1 ? 2098");
  }

  private JobExecution awaitLatest(String job, Predicate<JobExecution> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + LONG.toNanos();
    while (System.nanoTime() < deadline) {
      JobExecution latest =
          explorer.findJobInstancesByJobName(job, 0, 10).stream()
              .flatMap(i -> explorer.getJobExecutions(i).stream())
              .max(Comparator.comparingLong(JobExecution::getId))
              .orElse(null);
      if (latest != null && condition.test(latest)) {
        return latest;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no execution of " + job + " as expected within " + LONG);
  }

  private void awaitStatus(long executionId, String status) throws InterruptedException {
    await(() -> status.equals(status(executionId)));
  }

  private void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + LONG.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + LONG);
      }
      Thread.sleep(100);
    }
  }

  private String status(long executionId) {
    return jdbc.queryForObject(
        "SELECT status FROM batch_job_execution WHERE job_execution_id = ?",
        String.class,
        executionId);
  }

  private int adminTriggers() {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM qrtz_triggers WHERE sched_name = 'kofu-batch'"
            + " AND trigger_group = 'kofu-admin'",
        Integer.class);
  }

  private long nextFire(String trigger) {
    return jdbc.queryForObject(
        "SELECT next_fire_time FROM qrtz_triggers WHERE sched_name = 'kofu-batch'"
            + " AND trigger_group = 'kofu' AND trigger_name = ?",
        Long.class,
        trigger);
  }

  private int audited(String action, String detail) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail LIKE ?",
        Integer.class,
        action,
        "%" + detail + "%");
  }
}
