package org.kofu.admin.jobs;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/**
 * One execution's progress as the JobRepository records it, counted like batch-jobs' {@code
 * progress.JobProgress}: items over the worker steps (a partition manager's counts are the sum of
 * its workers', so managers are left out), partitions are the steps named {@code step:partition}.
 * {@code itemsTotal} sums the totals the partitioner stored in the partitions' contexts ({@value
 * #ITEMS_TOTAL}); {@code itemsDone} counts the items those partitions took from their readers
 * (read, or skipped while reading), with what earlier executions of a restarted partition took, a
 * completed partition counting its whole total.
 */
public record ExecutionProgress(
    long executionId,
    String jobName,
    BatchStatus status,
    LocalDateTime started,
    LocalDateTime ended,
    long read,
    long written,
    long skipped,
    int partitions,
    int partitionsDone,
    long itemsTotal,
    long itemsDone,
    String exitDescription) {

  /** batch-jobs' {@code JobProgress.ITEMS_TOTAL}: a partition's item count in its context. */
  static final String ITEMS_TOTAL = "itemsTotal";

  /** Without the job instance's other executions: a restarted partition's earlier items unknown. */
  static ExecutionProgress of(JobExecution execution) {
    return of(execution, List.of());
  }

  /**
   * @param instanceExecutions the executions of the same job instance (earlier ones give a
   *     restarted partition's items before the restart)
   */
  static ExecutionProgress of(JobExecution execution, List<JobExecution> instanceExecutions) {
    Collection<StepExecution> steps = execution.getStepExecutions();
    List<StepExecution> workers = steps.stream().filter(s -> !isManager(s)).toList();
    List<StepExecution> partitions = workers.stream().filter(s -> isPartition(s)).toList();
    long itemsTotal = 0;
    long itemsDone = 0;
    for (StepExecution partition : partitions) {
      long total = partition.getExecutionContext().getLong(ITEMS_TOTAL, 0L);
      itemsTotal += total;
      long done =
          partition.getStatus() == BatchStatus.COMPLETED
              ? total
              : itemsOf(partition) + earlier(partition, execution, instanceExecutions);
      itemsDone += Math.min(total, done);
    }
    String exit = execution.getExitStatus().getExitDescription();
    return new ExecutionProgress(
        execution.getId(),
        execution.getJobInstance().getJobName(),
        execution.getStatus(),
        execution.getStartTime(),
        execution.getEndTime(),
        workers.stream().mapToLong(StepExecution::getReadCount).sum(),
        workers.stream().mapToLong(StepExecution::getWriteCount).sum(),
        workers.stream().mapToLong(StepExecution::getSkipCount).sum(),
        partitions.size(),
        (int) partitions.stream().filter(s -> s.getStatus() == BatchStatus.COMPLETED).count(),
        itemsTotal,
        itemsDone,
        exit == null ? "" : exit.lines().findFirst().orElse(""));
  }

  /**
   * How far the run is, 0 to 1: partitions done over partitions; for a job without partitions 1
   * once completed, 0 before. Negative while running without partitions: the bar is indeterminate.
   */
  public double fraction() {
    if (status == BatchStatus.COMPLETED) {
      return 1;
    }
    if (partitions > 0) {
      return (double) partitionsDone / partitions;
    }
    return isRunning() ? -1 : 0;
  }

  /**
   * Items done over items total, 0 to 1; 1 once completed; negative when the partitions carry no
   * totals (a job without partitions, or a partitioner that gives none): no items bar.
   */
  public double itemsFraction() {
    if (itemsTotal <= 0) {
      return -1;
    }
    if (status == BatchStatus.COMPLETED) {
      return 1;
    }
    return Math.min(1, (double) itemsDone / itemsTotal);
  }

  public boolean isRunning() {
    return status == BatchStatus.STARTING
        || status == BatchStatus.STARTED
        || status == BatchStatus.STOPPING;
  }

  public boolean mayStop() {
    return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
  }

  public boolean mayRestart() {
    return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
  }

  public boolean mayAbandon() {
    return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
  }

  /** A processing or writing skip was read first: it is in the read count already. */
  private static long itemsOf(StepExecution step) {
    return step.getReadCount() + step.getReadSkipCount();
  }

  private static long earlier(
      StepExecution partition, JobExecution execution, List<JobExecution> instanceExecutions) {
    return instanceExecutions.stream()
        .filter(e -> e.getId() < execution.getId())
        .flatMap(e -> e.getStepExecutions().stream())
        .filter(s -> s.getStepName().equals(partition.getStepName()))
        .mapToLong(ExecutionProgress::itemsOf)
        .sum();
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
