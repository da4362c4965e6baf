package org.kofu.batch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.kofu.projectdb.jobs.BatchJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code kofu.batch.run-on-start=fullPregeneration[,deltaPregeneration...]}: launches the named
 * jobs once when the node has started, one after the other, with the parameters the schedule would
 * give them plus, for the full run, the start time: every start runs it again (a restarted cache
 * member is empty), as its own job instance beside the schedule's of the day. What {@code
 * ./ops/start} uses for the first pre-generation; the schedule keeps running afterwards.
 */
@Component
@ConditionalOnProperty("kofu.batch.run-on-start")
public class RunOnStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RunOnStart.class);
  private static final int LAUNCH_ATTEMPTS = 5;

  private final ApplicationContext context;
  private final JobLauncher launcher;
  private final Clock clock;
  private final ObjectProvider<StaleExecutions> staleExecutions;
  private final List<String> jobs;
  private final RetryTemplate launchRetry =
      RetryTemplate.builder()
          .maxAttempts(LAUNCH_ATTEMPTS)
          .retryOn(TransientDataAccessException.class)
          .exponentialBackoff(Duration.ofMillis(500), 2, Duration.ofSeconds(2))
          .build();

  public RunOnStart(
      ApplicationContext context,
      JobLauncher launcher,
      Clock clock,
      ObjectProvider<StaleExecutions> staleExecutions,
      @Value("${kofu.batch.run-on-start}") List<String> jobs) {
    this.context = context;
    this.launcher = launcher;
    this.clock = clock;
    this.staleExecutions = staleExecutions;
    this.jobs = jobs.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String name : jobs) {
      launch(name);
    }
  }

  /** Launches one job and waits for it; a failure is logged, it does not stop the node. */
  BatchStatus launch(String name) {
    JobParametersBuilder parameters = new JobParametersBuilder();
    if (BatchJob.FULL_PREGENERATION.is(name)) {
      parameters.addLocalDate("runDay", LocalDate.now(clock));
      // a start is its own run: the cache may have restarted empty since today's scheduled run
      parameters.addLocalDateTime("startedAt", LocalDateTime.now(clock));
    } else {
      parameters.addLocalDateTime("runAt", LocalDateTime.now(clock));
    }
    try {
      staleExecutions.ifAvailable(s -> s.failStale(name));
      log.info("run-on-start: launching {}", name);
      JobExecution execution = run(name, parameters.toJobParameters());
      log.info("run-on-start: {} {}", name, execution.getStatus());
      return execution.getStatus();
    } catch (JobInstanceAlreadyCompleteException e) {
      log.info("run-on-start: {} already completed for these parameters", name);
      return BatchStatus.COMPLETED;
    } catch (Exception e) {
      log.error("run-on-start: {} could not be launched: {}", name, e.toString());
      return BatchStatus.FAILED;
    }
  }

  /**
   * The repository creates executions in SERIALIZABLE transactions: on PostgreSQL a launch at the
   * same moment as another node's (the schedule's delta at start-up) can be cancelled as a
   * serialization conflict, which is safe to try again.
   */
  private JobExecution run(String name, JobParameters parameters) throws Exception {
    return launchRetry.<JobExecution, Exception>execute(
        attempt -> {
          if (attempt.getLastThrowable() != null) {
            log.warn(
                "run-on-start: {} launch conflicted ({}), trying again",
                name,
                attempt.getLastThrowable().getClass().getSimpleName());
          }
          return launcher.run(context.getBean(name, Job.class), parameters);
        });
  }
}
