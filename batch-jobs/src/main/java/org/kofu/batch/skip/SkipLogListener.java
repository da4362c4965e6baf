package org.kofu.batch.skip;

import org.kofu.batch.cachewrite.PersonWork;
import org.kofu.core.certificate.PersonRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/**
 * Writes every skipped person to the skip log. Only the exception class is kept as the cause: a
 * message could quote the record (e.g. the character that cannot be drawn, inside a name).
 */
public final class SkipLogListener implements SkipListener<Long, PersonWork> {

  private static final Logger log = LoggerFactory.getLogger(SkipLogListener.class);

  private final SkipLog skipLog;

  public SkipLogListener(SkipLog skipLog) {
    this.skipLog = skipLog;
  }

  @Override
  public void onSkipInRead(Throwable t) {
    record("-", t);
  }

  @Override
  public void onSkipInProcess(Long atenaNo, Throwable t) {
    record(new PersonRef.Resident(atenaNo).key(), t);
  }

  @Override
  public void onSkipInWrite(PersonWork work, Throwable t) {
    record(work.plan().person().key(), t);
  }

  private void record(String personKey, Throwable t) {
    StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
    log.warn("skipped {} in {}: {}", personKey, step.getStepName(), t.getClass().getSimpleName());
    skipLog.record(
        new SkipLog.Entry(
            step.getJobExecutionId(), step.getStepName(), personKey, t.getClass().getName()));
  }
}
