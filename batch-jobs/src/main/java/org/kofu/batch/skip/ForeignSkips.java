package org.kofu.batch.skip;

import java.util.List;
import org.kofu.batch.cachewrite.PersonWork;
import org.kofu.batch.existing.ForeignSkip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ItemWriteListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.Chunk;

/**
 * Writes to the skip log every subject whose body the existing system did not give or the check
 * refused: the person's key and the cause by kind ({@link ForeignSkip}), never what the system
 * answered. The person itself is not skipped: its other bodies are cached. In a chunk step it
 * records after each write; the delta calls {@link #record} on its step's thread.
 */
public final class ForeignSkips implements ItemWriteListener<PersonWork> {

  private static final Logger log = LoggerFactory.getLogger(ForeignSkips.class);

  private final SkipLog skipLog;

  public ForeignSkips(SkipLog skipLog) {
    this.skipLog = skipLog;
  }

  @Override
  public void afterWrite(Chunk<? extends PersonWork> items) {
    StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
    for (PersonWork work : items) {
      record(step, work.foreignSkips());
    }
  }

  public void record(StepExecution step, List<ForeignSkip> skips) {
    for (ForeignSkip skip : skips) {
      log.warn("not cached {} in {}: {}", skip.personKey(), step.getStepName(), skip.cause());
      skipLog.record(
          new SkipLog.Entry(
              step.getJobExecutionId(), step.getStepName(), skip.personKey(), skip.cause()));
    }
  }
}
