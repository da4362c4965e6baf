package org.kofu.projectdb.progress;

import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/**
 * One execution's counts as the JobRepository records them: items over the worker steps (a
 * partition manager's counts are the sum of its workers', so managers are left out); partitions are
 * the steps named {@code step:partition}. {@code itemsTotal} sums the totals a partitioner stored
 * in the partitions' contexts under {@link #ITEMS_TOTAL} (0 when it stored none); {@code itemsDone}
 * counts the items those partitions took from their readers (read, or skipped while reading), with
 * what earlier executions of a restarted partition took (a restart resumes after them), a completed
 * partition counting its whole total.
 */
public record ExecutionCounts(
    long read,
    long written,
    long skipped,
    int partitions,
    int partitionsDone,
    long itemsTotal,
    long itemsDone) {

  /** The key of a partition's ExecutionContext holding the number of items its reader will read. */
  public static final String ITEMS_TOTAL = "itemsTotal";

  /**
   * @param instanceExecutions the executions of the same job instance (earlier ones give a
   *     restarted partition's items before the restart); empty when unknown
   */
  public static ExecutionCounts of(JobExecution execution, List<JobExecution> instanceExecutions) {
    List<StepExecution> workers =
        execution.getStepExecutions().stream().filter(s -> !isManager(s)).toList();
    List<StepExecution> partitions = workers.stream().filter(ExecutionCounts::isPartition).toList();
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
    return new ExecutionCounts(
        workers.stream().mapToLong(StepExecution::getReadCount).sum(),
        workers.stream().mapToLong(StepExecution::getWriteCount).sum(),
        workers.stream().mapToLong(StepExecution::getSkipCount).sum(),
        partitions.size(),
        (int) partitions.stream().filter(s -> s.getStatus() == BatchStatus.COMPLETED).count(),
        itemsTotal,
        itemsDone);
  }

  /** Items done over items total, 0 to 1; negative when the partitions carry no totals. */
  public double itemsFraction() {
    return itemsTotal > 0 ? Math.min(1, (double) itemsDone / itemsTotal) : -1;
  }

  /** A processing or writing skip was read first: it is in the read count already. */
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
        .mapToLong(ExecutionCounts::itemsOf)
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
