package org.kofu.batch.progress;

import java.util.List;
import java.util.Optional;
import org.kofu.projectdb.progress.ExecutionCounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;

/**
 * Progress of job executions as the JobRepository records it: items read, written and skipped over
 * the worker steps (partitions), how many partitions are done, and how many items the partitions
 * hold in all (a partitioner puts each partition's total in its context under {@link
 * #ITEMS_TOTAL}).
 */
public final class JobProgress {

  /**
   * The key of a partition's ExecutionContext holding the number of items its reader will read
   * (counted by project-db's {@link ExecutionCounts}, for the admin too).
   */
  public static final String ITEMS_TOTAL = ExecutionCounts.ITEMS_TOTAL;

  /** One execution's progress, counted as {@link ExecutionCounts} says. */
  public record Snapshot(
      long executionId, String jobName, BatchStatus status, ExecutionCounts counts) {}

  private final JobExplorer explorer;

  public JobProgress(JobExplorer explorer) {
    this.explorer = explorer;
  }

  public Optional<Snapshot> of(long executionId) {
    return Optional.ofNullable(explorer.getJobExecution(executionId)).map(this::snapshotOf);
  }

  /** The latest executions of a job, newest first. */
  public List<Snapshot> latest(String jobName, int count) {
    return explorer.findJobInstancesByJobName(jobName, 0, count).stream()
        .flatMap(i -> explorer.getJobExecutions(i).stream())
        .map(this::snapshotOf)
        .sorted((a, b) -> Long.compare(b.executionId(), a.executionId()))
        .limit(count)
        .toList();
  }

  private Snapshot snapshotOf(JobExecution execution) {
    return snapshot(execution, explorer.getJobExecutions(execution.getJobInstance()));
  }

  static Snapshot snapshot(JobExecution execution, List<JobExecution> instanceExecutions) {
    return new Snapshot(
        execution.getId(),
        execution.getJobInstance().getJobName(),
        execution.getStatus(),
        ExecutionCounts.of(execution, instanceExecutions));
  }
}
