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
    ExecutionCounts counts,
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
    String exit = execution.getExitStatus().getExitDescription();
    return new ExecutionProgress(
        execution.getId(),
        execution.getJobInstance().getJobName(),
        execution.getStatus(),
        execution.getStartTime(),
        execution.getEndTime(),
        ExecutionCounts.of(execution, instanceExecutions),
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
    if (counts.partitions() > 0) {
      return (double) counts.partitionsDone() / counts.partitions();
    }
    return isRunning() ? -1 : 0;
  }

  /**
   * Items done over items total, 0 to 1; 1 once completed; negative when the partitions carry no
   * totals (a job without partitions, or a partitioner that gives none): no items bar.
   */
  public double itemsFraction() {
    if (counts.itemsTotal() > 0 && status == BatchStatus.COMPLETED) {
      return 1;
    }
    return counts.itemsFraction();
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
