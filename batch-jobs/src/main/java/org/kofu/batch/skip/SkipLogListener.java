package org.kofu.batch.skip;

import org.kofu.batch.cachewrite.PersonWork;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.kofu.core.rules.RefusalCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/**
 * Writes every skipped person to the skip log. Only the exception class is kept as the cause (a
 * message could quote the record), except for a character that cannot be printed, whose source row,
 * field and code points (never the text) say what the clerks must look at.
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
    String cause = t.getClass().getName();
    if (t instanceof UndrawableCharacterException u) {
      // the refusal code the kiosk gets for it (422), so one search finds both
      cause =
          cause
              + ": "
              + RefusalCause.UNPRINTABLE_CHARACTER
              + " "
              + u.codePoints()
              + " in "
              + u.source();
      cause = cause.length() > 200 ? cause.substring(0, 200) : cause;
    }
    log.warn("skipped {} in {}: {}", personKey, step.getStepName(), cause);
    skipLog.record(
        new SkipLog.Entry(step.getJobExecutionId(), step.getStepName(), personKey, cause));
  }
}
