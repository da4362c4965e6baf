package org.kofu.admin.jobs;

import java.time.LocalDateTime;
import java.util.List;
import org.kofu.projectdb.progress.ExecutionCounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;

/**
 * One execution's progress as the JobRepository records it, counted by project-db's {@link
 * ExecutionCounts} as the batch nodes count it.
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

  /** Without the job instance's other executions: a restarted partition's earlier items unknown. */
  static ExecutionProgress of(JobExecution execution) {
    return of(execution, List.of());
  }

  /**
   * @param instanceExecutions the executions of the same job instance (earlier ones give a
   *     restarted partition's items before the restart)
   */
  static ExecutionProgress of(JobExecution execution, List<JobExecution> instanceExecutions) {
    ExecutionCounts counts = ExecutionCounts.of(execution, instanceExecutions);
    String exit = execution.getExitStatus().getExitDescription();
    return new ExecutionProgress(
        execution.getId(),
        execution.getJobInstance().getJobName(),
        execution.getStatus(),
        execution.getStartTime(),
        execution.getEndTime(),
        counts.read(),
        counts.written(),
        counts.skipped(),
        counts.partitions(),
        counts.partitionsDone(),
        counts.itemsTotal(),
        counts.itemsDone(),
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
}
