package org.kofu.relay.log;

import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The issuance log (migrations V3_1, V5_4), chained by hash like the admin's audit log. An append
 * joins a transaction open on the project DataSource, so an issuance and its log record commit
 * together; the record is committed to the log's queue, and {@link IssuanceLogChainer} links it
 * into the chain moments after the commit.
 */
@Component
public class IssuanceLog {

  /** The chain of {@code issuance_log}. */
  public static final ChainTable TABLE = ChainTable.ISSUANCE;

  private final HashChain chain;
  private final IssuanceLogChainer chainer;

  IssuanceLog(DataSource projectDataSource, IssuanceLogChainer chainer) {
    this.chain = new HashChain(projectDataSource);
    this.chainer = chainer;
  }

  public void append(LogEntry entry) {
    chain.enqueue(TABLE, entry.values());
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              chainer.queued();
            }
          });
    } else {
      chainer.queued();
    }
  }

  /**
   * The statement that queues {@code entry}, for a writer that sends it together with its own (one
   * round trip); once that has committed, {@link #queued()}.
   */
  public HashChain.QueueInsert queueInsert(LogEntry entry) {
    return HashChain.queueInsert(TABLE, entry.values());
  }

  /**
   * The statement that queues {@code entry} once for each row of {@code source}, a common table
   * expression of the writer's statement; once that has committed with a row, {@link #queued()}.
   */
  public HashChain.QueueInsert queueInsertFrom(LogEntry entry, String source) {
    return HashChain.queueInsertFrom(TABLE, entry.values(), source);
  }

  /** A record was committed to the queue: the chainer links it moments later. */
  public void queued() {
    chainer.queued();
  }

  /**
   * Links every record queued so far into the chain now, in the caller's thread (the log verifier,
   * tests that read the log right after a request).
   */
  public int chainPending() {
    return chainer.chainAll();
  }

  /** A request refused before it reached a feature (malformed, too large, wrong media type). */
  public void appendRejected(
      String kind, String requestId, int status, String reason, java.time.Instant at) {
    append(
        new LogEntry(
            at,
            kind,
            requestId,
            null,
            null,
            null,
            null,
            status,
            "REJECTED",
            reason,
            null,
            null,
            null,
            0));
  }

  public ChainVerification verify() {
    return chain.verify(TABLE);
  }
}
