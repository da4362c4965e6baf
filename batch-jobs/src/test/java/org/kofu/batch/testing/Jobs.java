package org.kofu.batch.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.context.ApplicationContext;

/** Launching the jobs of a batch node as the schedule does. */
public final class Jobs {

  private static final AtomicLong RUNS = new AtomicLong();

  private Jobs() {}

  public static JobParameters full(LocalDate runDay, long attempt) {
    return new JobParametersBuilder()
        .addLocalDate("runDay", runDay)
        .addLong("attempt", attempt)
        .toJobParameters();
  }

  public static JobParameters now() {
    return new JobParametersBuilder()
        .addLocalDateTime("runAt", LocalDateTime.now())
        .addLong("run", RUNS.incrementAndGet())
        .toJobParameters();
  }

  public static JobExecution run(ApplicationContext node, String job, JobParameters parameters)
      throws Exception {
    return node.getBean(JobLauncher.class).run(node.getBean(job, Job.class), parameters);
  }
}
