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
 * the worker steps (partitions), how many partitions are done, and how many items the partitions
 * hold in all (a partitioner puts each partition's total in its context under {@link
 * #ITEMS_TOTAL}).
 */
public final class JobProgress {

  /**
   * The key of a partition's ExecutionContext holding the number of items its reader will read. The
   * admin's {@code ExecutionProgress} reads the same key.
   */
  public static final String ITEMS_TOTAL = "itemsTotal";

  /**
   * One execution's progress; {@code partitions} counts worker steps, manager steps excluded.
   * {@code itemsTotal} is the sum of this execution's partitions' totals (0 when the partitioner
   * gave none), {@code itemsDone} the items of those partitions read or skipped while reading,
   * including what earlier executions of a restarted partition read (a restart resumes after them);
   * a completed partition counts its whole total.
   */
  public record Snapshot(
      long executionId,
      String jobName,
      BatchStatus status,
      long read,
      long written,
      long skipped,
      int partitions,
      int partitionsDone,
      long itemsTotal,
      long itemsDone) {

    /** Items done over items total, 0 to 1; negative when the partitions carry no totals. */
    public double itemsFraction() {
      return itemsTotal > 0 ? Math.min(1, (double) itemsDone / itemsTotal) : -1;
    }
  }

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
    Collection<StepExecution> steps = execution.getStepExecutions();
    // a partition manager's counts are the sum of its workers': count the workers only
    List<StepExecution> workers = steps.stream().filter(s -> !isManager(s)).toList();
    List<StepExecution> partitions = workers.stream().filter(JobProgress::isPartition).toList();
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
    return new Snapshot(
        execution.getId(),
        execution.getJobInstance().getJobName(),
        execution.getStatus(),
        workers.stream().mapToLong(StepExecution::getReadCount).sum(),
        workers.stream().mapToLong(StepExecution::getWriteCount).sum(),
        workers.stream().mapToLong(StepExecution::getSkipCount).sum(),
        partitions.size(),
        (int) partitions.stream().filter(s -> s.getStatus() == BatchStatus.COMPLETED).count(),
        itemsTotal,
        itemsDone);
  }

  /**
   * Items a step has taken from its reader: read (a processing or writing skip was read first, so
   * it is in the read count already) plus the ones skipped while reading.
   */
  private static long itemsOf(StepExecution step) {
    return step.getReadCount() + step.getReadSkipCount();
  }

  /** Items the same partition took in earlier executions of the same job instance. */
  private static long earlier(
      StepExecution partition, JobExecution execution, List<JobExecution> instanceExecutions) {
    return instanceExecutions.stream()
        .filter(e -> e.getId() < execution.getId())
        .flatMap(e -> e.getStepExecutions().stream())
        .filter(s -> s.getStepName().equals(partition.getStepName()))
        .mapToLong(JobProgress::itemsOf)
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
