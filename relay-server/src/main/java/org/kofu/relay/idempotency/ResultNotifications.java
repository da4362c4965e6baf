package org.kofu.relay.idempotency;

import java.time.Clock;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.log.LogEntry;
import org.kofu.relay.problem.RelayException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 交付結果通知: recorded once per issuance; the same outcome again is accepted, another one is a
 * conflict. Each notification is logged, in the same transaction as its recording.
 */
@Component
public class ResultNotifications {

  private final IssuanceRecords records;
  private final IssuanceLog issuanceLog;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ResultNotifications(
      IssuanceRecords records,
      IssuanceLog issuanceLog,
      TransactionTemplate transactions,
      Clock clock) {
    this.records = records;
    this.issuanceLog = issuanceLog;
    this.transactions = transactions;
    this.clock = clock;
  }

  public void record(ResultReport report) {
    long start = System.nanoTime();
    ResultOutcome outcome =
        records.insertsTogether() && recordedTogether(report, start)
            ? ResultOutcome.RECORDED
            : recordInTransaction(report, start);
    if (outcome == ResultOutcome.UNKNOWN_REQUEST) {
      throw RelayException.of(404, "NOT_FOUND", "no issuance with this request id");
    }
    if (outcome == ResultOutcome.CONFLICT) {
      throw RelayException.of(
          409, "REQUEST_ID_CONFLICT", "another outcome was recorded for this request id");
    }
  }

  /**
   * The first notification of an issuance, the usual case, and its log record in one statement: one
   * round trip, commit included. False, with nothing written, for any other case.
   */
  private boolean recordedTogether(ResultReport report, long start) {
    LogEntry entry = entry(report, ResultOutcome.RECORDED, start);
    boolean recorded =
        records.recordResultWith(
            report.requestId(),
            report.outcome(),
            report.pagesPrinted(),
            report.reportedAt().toInstant(),
            issuanceLog.queueInsertFrom(entry, IssuanceRecords.RECORDED_RESULT));
    if (recorded) {
      issuanceLog.queued();
    }
    return recorded;
  }

  private ResultOutcome recordInTransaction(ResultReport report, long start) {
    return transactions.execute(
        status -> {
          ResultOutcome result =
              records.recordResult(
                  report.requestId(),
                  report.outcome(),
                  report.pagesPrinted(),
                  report.reportedAt().toInstant());
          issuanceLog.append(entry(report, result, start));
          return result;
        });
  }

  private LogEntry entry(ResultReport report, ResultOutcome result, long start) {
    int status =
        switch (result) {
          case RECORDED, SAME_AS_RECORDED -> 204;
          case CONFLICT -> 409;
          case UNKNOWN_REQUEST -> 404;
        };
    return new LogEntry(
        clock.instant(),
        "RESULT",
        report.requestId(),
        null,
        null,
        null,
        null,
        status,
        result.name(),
        report.outcome() + "/" + report.pagesPrinted(),
        null,
        null,
        null,
        (System.nanoTime() - start) / 1_000_000);
  }
}
