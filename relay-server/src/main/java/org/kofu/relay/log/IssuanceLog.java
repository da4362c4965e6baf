package org.kofu.relay.log;

import java.sql.DatabaseMetaData;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final boolean oneStatement;

  IssuanceLog(
      DataSource projectDataSource, IssuanceLogChainer chainer, TransactionTemplate transactions) {
    this.chain = new HashChain(projectDataSource);
    this.chainer = chainer;
    this.jdbc = new JdbcTemplate(projectDataSource);
    this.transactions = transactions;
    this.oneStatement = isPostgres(projectDataSource);
  }

  /**
   * Stores a row with {@code insert} (one INSERT) and appends {@code entry}, both or neither; false
   * when the insert hits a duplicate key, and then nothing is stored. On PostgreSQL in one
   * autocommitted round trip ({@link HashChain#enqueueAfter}), elsewhere in a transaction: the
   * commit of a certificate is the largest step of a cache hit, and two of its three round trips
   * were only the protocol's.
   */
  public boolean appendWith(String insert, List<Object> args, LogEntry entry) {
    try {
      if (oneStatement) {
        chain.enqueueAfter(TABLE, insert, args, entry.values());
        chainer.queued();
      } else {
        transactions.executeWithoutResult(
            status -> {
              jdbc.update(insert, args.toArray());
              append(entry);
            });
      }
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      return "PostgreSQL"
          .equals(
              JdbcUtils.extractDatabaseMetaData(
                  dataSource, DatabaseMetaData::getDatabaseProductName));
    } catch (MetaDataAccessException e) {
      return false;
    }
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
