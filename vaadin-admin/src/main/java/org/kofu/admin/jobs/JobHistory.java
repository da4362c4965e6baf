package org.kofu.admin.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the batch nodes ran, read from their JobRepository tables through Spring Batch's {@link
 * JobExplorer}: each job's latest executions with their progress, an execution's step statistics,
 * and the persons it skipped ({@code batch_skip_log}).
 */
@Service
public class JobHistory {

  private static final int SKIP_LIMIT = 500;

  private final JobExplorer explorer;
  private final JdbcClient jdbc;
  private final JobsProperties properties;

  JobHistory(JobExplorer explorer, DataSource projectDb, JobsProperties properties) {
    this.explorer = explorer;
    this.jdbc = JdbcClient.create(projectDb);
    this.properties = properties;
  }

  /** The latest executions of a job, newest first. */
  public List<ExecutionProgress> history(String job) {
    int count = properties.history();
    return explorer.findJobInstancesByJobName(job, 0, count).stream()
        .flatMap(
            i -> {
              List<JobExecution> executions = explorer.getJobExecutions(i);
              return executions.stream().map(e -> ExecutionProgress.of(e, executions));
            })
        .sorted(Comparator.comparingLong(ExecutionProgress::executionId).reversed())
        .limit(count)
        .toList();
  }

  public Optional<ExecutionProgress> execution(long executionId) {
    return Optional.ofNullable(explorer.getJobExecution(executionId))
        .map(e -> ExecutionProgress.of(e, explorer.getJobExecutions(e.getJobInstance())));
  }

  public List<StepRow> steps(long executionId) {
    JobExecution execution = explorer.getJobExecution(executionId);
    if (execution == null) {
      return List.of();
    }
    return execution.getStepExecutions().stream()
        .sorted(Comparator.comparingLong(s -> s.getId()))
        .map(StepRow::of)
        .toList();
  }

  public List<SkipRow> skips(long executionId) {
    return jdbc
        .sql(
            """
            SELECT step_name, person_key, cause, skipped_at FROM batch_skip_log
            WHERE job_execution_id = :execution ORDER BY id
            """)
        .param("execution", executionId)
        .query(
            (rs, n) ->
                new SkipRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list()
        .stream()
        .limit(SKIP_LIMIT)
        .toList();
  }
}
