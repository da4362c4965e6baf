package org.kofu.admin.jobs;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.kofu.projectdb.schedule.QuartzDelegate;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.simpl.ZeroSizeThreadPool;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.stereotype.Component;

/**
 * A Quartz scheduler on the batch nodes' clustered JDBC store that is never started and has no
 * threads: it stores and reads triggers, the batch nodes fire them. Clustered, so its writes take
 * the same row locks as theirs.
 */
@Component
public class QuartzStore {

  private final Scheduler scheduler;

  QuartzStore(DataSource projectDb, JobsProperties properties) throws SchedulerException {
    String provider = "kofu-admin-" + UUID.randomUUID();
    DBConnectionManager.getInstance().addConnectionProvider(provider, new Provider(projectDb));
    Properties quartz = new Properties();
    quartz.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, properties.schedulerName());
    quartz.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, "kofu-admin-" + provider);
    quartz.setProperty(
        StdSchedulerFactory.PROP_SCHED_CLASS_LOAD_HELPER_CLASS,
        BatchNodeClassLoadHelper.class.getName());
    quartz.setProperty(
        StdSchedulerFactory.PROP_THREAD_POOL_CLASS, ZeroSizeThreadPool.class.getName());
    quartz.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
    quartz.setProperty("org.quartz.jobStore.dataSource", provider);
    quartz.setProperty("org.quartz.jobStore.isClustered", "true");
    // as the batch nodes: job data as strings, stored as text rather than Java-serialized
    quartz.setProperty("org.quartz.jobStore.useProperties", "true");
    quartz.setProperty(
        "org.quartz.jobStore.driverDelegateClass", QuartzDelegate.forDatabase(projectDb));
    StdSchedulerFactory factory = new StdSchedulerFactory(quartz);
    synchronized (SchedulerRepository.getInstance()) {
      this.scheduler = factory.getScheduler();
      // another scheduler of the same name in this JVM (a test's batch node) must stay possible
      SchedulerRepository.getInstance().remove(properties.schedulerName());
    }
  }

  Scheduler scheduler() {
    return scheduler;
  }

  @PreDestroy
  void close() throws SchedulerException {
    scheduler.shutdown(false);
  }

  private record Provider(DataSource dataSource) implements ConnectionProvider {

    @Override
    public Connection getConnection() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }
}
