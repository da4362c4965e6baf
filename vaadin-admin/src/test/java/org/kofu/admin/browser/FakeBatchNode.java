package org.kofu.admin.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.kofu.projectdb.schedule.QuartzDelegate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemReader;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A batch node for the admin's tests, in the test's JVM but otherwise as a real one would be: a
 * started, clustered Quartz scheduler on the same JDBC store (scheduler name {@code kofu-batch}),
 * which registers the job details {@code kofu.<job>} and fires the admin's one-shot triggers like
 * batch-jobs' {@code LaunchBatchJob} (full run by day, the others by firing time, a restart with
 * the named execution's parameters); and real Spring Batch jobs of the same names on the shared
 * JobRepository, slow on purpose so that progress can be watched. The full run is partitioned (two
 * ranges, one after the other) like the real one, each partition's context carrying the number of
 * items its reader will read ({@code itemsTotal}, as batch-jobs' partitioner puts it); the others
 * are one step of fifty times as many items, long enough to be stopped on a loaded machine; {@link
 * #pace} speeds a restart up.
 */
public final class FakeBatchNode implements AutoCloseable {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Map<String, FakeBatchNode> NODES = new HashMap<>();

  private final String id = UUID.randomUUID().toString();
  private final Scheduler scheduler;
  private final JobRepository repository;
  private final JobExplorer explorer;
  private final TaskExecutorJobLauncher launcher;
  private final Map<String, Job> jobs = new HashMap<>();
  private volatile long millisPerItem;

  public FakeBatchNode(
      DataSource projectDb,
      JobRepository repository,
      JobExplorer explorer,
      PlatformTransactionManager transactions,
      int itemsPerStep,
      long millisPerItem)
      throws Exception {
    this.repository = repository;
    this.explorer = explorer;
    this.millisPerItem = millisPerItem;
    this.launcher = new TaskExecutorJobLauncher();
    launcher.setJobRepository(repository);
    launcher.setTaskExecutor(new SyncTaskExecutor());
    launcher.afterPropertiesSet();
    jobs.put("fullPregeneration", partitioned(transactions, itemsPerStep));
    for (String name : List.of("deltaPregeneration", "purge")) {
      jobs.put(
          name,
          new JobBuilder(name, repository)
              .start(chunkStep(name + "Step", transactions, 50 * itemsPerStep))
              .build());
    }
    String provider = "fake-batch-" + id;
    DBConnectionManager.getInstance().addConnectionProvider(provider, new Provider(projectDb));
    Properties quartz = new Properties();
    quartz.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "kofu-batch");
    quartz.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, provider);
    quartz.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
    quartz.setProperty(
        StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SimpleThreadPool.class.getName());
    quartz.setProperty("org.quartz.threadPool.threadCount", "2");
    quartz.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
    quartz.setProperty("org.quartz.jobStore.dataSource", provider);
    quartz.setProperty("org.quartz.jobStore.isClustered", "true");
    quartz.setProperty("org.quartz.jobStore.useProperties", "true");
    quartz.setProperty(
        "org.quartz.jobStore.driverDelegateClass", QuartzDelegate.forDatabase(projectDb));
    synchronized (SchedulerRepository.getInstance()) {
      scheduler = new StdSchedulerFactory(quartz).getScheduler();
      SchedulerRepository.getInstance().remove("kofu-batch");
    }
    scheduler.getContext().put("node", id);
    synchronized (NODES) {
      NODES.put(id, this);
    }
    for (String name : jobs.keySet()) {
      scheduler.addJob(
          org.quartz.JobBuilder.newJob(Launch.class)
              .withIdentity(name, QuartzKeys.GROUP)
              .usingJobData(QuartzKeys.JOB_NAME, name)
              .storeDurably()
              .requestRecovery()
              .build(),
          true);
    }
    registerPurgeSchedule();
    scheduler.start();
  }

  /** A schedule like the batch's own, far in the future so that it never fires during a test. */
  private void registerPurgeSchedule() throws SchedulerException {
    org.quartz.TriggerKey purgeSchedule =
        org.quartz.TriggerKey.triggerKey("purge-0", QuartzKeys.GROUP);
    if (!scheduler.checkExists(purgeSchedule)) {
      scheduler.scheduleJob(
          org.quartz.TriggerBuilder.newTrigger()
              .forJob("purge", QuartzKeys.GROUP)
              .withIdentity(purgeSchedule)
              .withSchedule(
                  org.quartz.CronScheduleBuilder.cronSchedule("0 0 3 1 1 ? 2099")
                      .inTimeZone(java.util.TimeZone.getTimeZone(TOKYO)))
              .build());
    }
  }

  /** The cron expression of a trigger as this node's scheduler reads it from the store. */
  public String cron(String trigger) throws SchedulerException {
    return ((org.quartz.CronTrigger)
            scheduler.getTrigger(org.quartz.TriggerKey.triggerKey(trigger, QuartzKeys.GROUP)))
        .getCronExpression();
  }

  /** Fires like LaunchBatchJob: runDay for the full run, runAt otherwise, or a restart's. */
  @DisallowConcurrentExecution
  public static final class Launch implements org.quartz.Job {

    @Override
    public void execute(JobExecutionContext firing) throws JobExecutionException {
      try {
        FakeBatchNode node;
        synchronized (NODES) {
          node = NODES.get((String) firing.getScheduler().getContext().get("node"));
        }
        node.launch(firing);
      } catch (Exception e) {
        throw new JobExecutionException(e);
      }
    }
  }

  private void launch(JobExecutionContext firing) throws Exception {
    String name = firing.getMergedJobDataMap().getString(QuartzKeys.JOB_NAME);
    String restart = firing.getMergedJobDataMap().getString(QuartzKeys.RESTART_EXECUTION);
    JobParameters parameters;
    if (restart != null) {
      parameters = explorer.getJobExecution(Long.parseLong(restart)).getJobParameters();
    } else if ("fullPregeneration".equals(name)) {
      parameters =
          new JobParametersBuilder().addLocalDate("runDay", LocalDate.now(TOKYO)).toJobParameters();
    } else {
      parameters =
          new JobParametersBuilder()
              .addLocalDateTime(
                  "runAt",
                  LocalDateTime.ofInstant(firing.getScheduledFireTime().toInstant(), TOKYO))
              .toJobParameters();
    }
    launcher.run(jobs.get(name), parameters);
  }

  private Job partitioned(PlatformTransactionManager transactions, int items) throws Exception {
    Step worker = chunkStep("fullPregenerationRange", transactions, items);
    Partitioner ranges =
        grid -> {
          Map<String, ExecutionContext> partitions = new java.util.TreeMap<>();
          for (int i = 0; i < grid; i++) {
            ExecutionContext context = new ExecutionContext();
            // what the partition's reader will read, as batch-jobs' partitioner stores it
            context.putLong(org.kofu.projectdb.progress.ExecutionCounts.ITEMS_TOTAL, items);
            partitions.put("range" + i, context);
          }
          return partitions;
        };
    Step manager =
        new StepBuilder("fullPregenerationPartitions", repository)
            .partitioner("fullPregenerationRange", ranges)
            .step(worker)
            .gridSize(2)
            .taskExecutor(new SyncTaskExecutor())
            .build();
    return new JobBuilder("fullPregeneration", repository).start(manager).build();
  }

  private Step chunkStep(String name, PlatformTransactionManager transactions, int items) {
    return new StepBuilder(name, repository)
        .<Integer, Integer>chunk(2, transactions)
        .reader(slowCounter(items))
        .writer(chunk -> {})
        .allowStartIfComplete(false)
        .build();
  }

  /** Step-scoped in effect: a fresh counter per step execution, restartable from its context. */
  /** Time taken per item read from now on. */
  public void pace(long millis) {
    this.millisPerItem = millis;
  }

  private ItemReader<Integer> slowCounter(int items) {
    return new org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader<
        Integer>() {
      {
        setName("counter");
        setMaxItemCount(items);
      }

      @Override
      protected Integer doRead() throws Exception {
        Thread.sleep(millisPerItem);
        return getCurrentItemCount();
      }

      @Override
      protected void doOpen() {}

      @Override
      protected void doClose() {}
    };
  }

  @Override
  public void close() throws SchedulerException {
    scheduler.shutdown(true);
    synchronized (NODES) {
      NODES.remove(id);
    }
  }

  private record Provider(DataSource dataSource) implements ConnectionProvider {

    @Override
    public java.sql.Connection getConnection() throws java.sql.SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }
}
