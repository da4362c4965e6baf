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
    String exitDescription) {

  static ExecutionProgress of(JobExecution execution) {
    Collection<StepExecution> steps = execution.getStepExecutions();
    List<StepExecution> workers = steps.stream().filter(s -> !isManager(s)).toList();
    List<StepExecution> partitions = workers.stream().filter(s -> isPartition(s)).toList();
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

  private static boolean isPartition(StepExecution step) {
    return step.getStepName().contains(":");
  }

  /** Spring Batch's splitter leaves the grid size in a partition manager's context. */
  private static boolean isManager(StepExecution step) {
    return step.getExecutionContext().entrySet().stream()
        .anyMatch(e -> e.getKey().endsWith(".GRID_SIZE"));
  }
}
