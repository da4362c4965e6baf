package org.kofu.relay.log;

import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.stereotype.Component;

/**
 * The issuance log (migration V3_1), chained by hash like the admin's audit log. An append joins a
 * transaction open on the project DataSource, so an issuance and its log record commit together.
 */
@Component
public class IssuanceLog {

  /** The chain of {@code issuance_log}. */
  public static final ChainTable TABLE = ChainTable.ISSUANCE;

  private final HashChain chain;

  IssuanceLog(DataSource projectDataSource) {
    this.chain = new HashChain(projectDataSource);
  }

  public void append(LogEntry entry) {
    chain.append(TABLE, entry.values());
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
