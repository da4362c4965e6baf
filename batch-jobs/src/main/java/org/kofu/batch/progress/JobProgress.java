package org.kofu.batch.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;

/**
 * Progress of job executions as the JobRepository records it: items read, written and skipped over
 * the worker steps (partitions), and how many partitions are done.
 */
public final class JobProgress {

  /** One execution's progress; {@code partitions} counts worker steps, manager steps excluded. */
  public record Snapshot(
      long executionId,
      String jobName,
      BatchStatus status,
      long read,
      long written,
      long skipped,
      int partitions,
      int partitionsDone) {}

  private final JobExplorer explorer;

  public JobProgress(JobExplorer explorer) {
    this.explorer = explorer;
  }

  public Optional<Snapshot> of(long executionId) {
    return Optional.ofNullable(explorer.getJobExecution(executionId)).map(JobProgress::snapshot);
  }

  /** The latest executions of a job, newest first. */
  public List<Snapshot> latest(String jobName, int count) {
    return explorer.findJobInstancesByJobName(jobName, 0, count).stream()
        .flatMap(i -> explorer.getJobExecutions(i).stream())
        .map(JobProgress::snapshot)
        .sorted((a, b) -> Long.compare(b.executionId(), a.executionId()))
        .limit(count)
        .toList();
  }

  static Snapshot snapshot(JobExecution execution) {
    Collection<StepExecution> steps = execution.getStepExecutions();
    // a partition manager's counts are the sum of its workers': count the workers only
    List<StepExecution> workers = steps.stream().filter(s -> !isManager(s)).toList();
    return new Snapshot(
        execution.getId(),
        execution.getJobInstance().getJobName(),
        execution.getStatus(),
        workers.stream().mapToLong(StepExecution::getReadCount).sum(),
        workers.stream().mapToLong(StepExecution::getWriteCount).sum(),
        workers.stream().mapToLong(StepExecution::getSkipCount).sum(),
        (int) workers.stream().filter(JobProgress::isPartition).count(),
        (int)
            workers.stream()
                .filter(JobProgress::isPartition)
                .filter(s -> s.getStatus() == BatchStatus.COMPLETED)
                .count());
  }

  private static boolean isPartition(StepExecution step) {
    return step.getStepName().contains(":");
  }

  /** Spring Batch's splitter leaves the grid size in a partition manager's context. */
  private static boolean isManager(StepExecution step) {
    return step.getExecutionContext().entrySet().stream()
        .anyMatch(e -> e.getKey().endsWith(".GRID_SIZE"));
  }
}
