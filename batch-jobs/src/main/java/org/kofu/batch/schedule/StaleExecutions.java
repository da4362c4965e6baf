package org.kofu.batch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The recovery path for a node killed mid-run: its execution stays STARTED for ever and would block
 * a restart. One not updated for {@code staleAfter} (a live run commits a chunk far more often) is
 * marked FAILED, with its running steps, so the next launch of the same day restarts it.
 */
public final class StaleExecutions {

  private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

  private final JobExplorer explorer;
  private final JobRepository repository;
  private final Clock clock;
  private final Duration staleAfter;

  public StaleExecutions(
      JobExplorer explorer, JobRepository repository, Clock clock, Duration staleAfter) {
    this.explorer = explorer;
    this.repository = repository;
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  public void failStale(String jobName) {
    LocalDateTime limit = now().minus(staleAfter);
    for (JobExecution execution : explorer.findRunningJobExecutions(jobName)) {
      LocalDateTime touched = lastTouched(execution);
      if (touched != null && touched.isAfter(limit)) {
        continue;
      }
      for (StepExecution step : execution.getStepExecutions()) {
        if (step.getStatus().isRunning()) {
          step.setStatus(BatchStatus.FAILED);
          step.setEndTime(now());
          repository.update(step);
        }
      }
      execution.setStatus(BatchStatus.FAILED);
      execution.setEndTime(now());
      repository.update(execution);
      log.warn("{} execution {} was stale: marked FAILED", jobName, execution.getId());
    }
  }

  // Spring Batch stamps executions in the JVM's zone
  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
  }

  private static LocalDateTime lastTouched(JobExecution execution) {
    LocalDateTime touched = execution.getLastUpdated();
    for (StepExecution step : execution.getStepExecutions()) {
      LocalDateTime updated = step.getLastUpdated();
      if (updated != null && (touched == null || updated.isAfter(touched))) {
        touched = updated;
      }
    }
    return touched;
  }
}
