package org.kofu.admin.jobs;

import java.time.LocalDateTime;
import org.springframework.batch.core.StepExecution;

/** A step's statistics as the JobRepository records them. */
public record StepRow(
    String name,
    String status,
    long read,
    long written,
    long filtered,
    long skipped,
    long commits,
    long rollbacks,
    LocalDateTime started,
    LocalDateTime ended) {

  static StepRow of(StepExecution step) {
    return new StepRow(
        step.getStepName(),
        step.getStatus().name(),
        step.getReadCount(),
        step.getWriteCount(),
        step.getFilterCount(),
        step.getSkipCount(),
        step.getCommitCount(),
        step.getRollbackCount(),
        step.getStartTime(),
        step.getEndTime());
  }
}
