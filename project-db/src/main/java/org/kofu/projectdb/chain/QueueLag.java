package org.kofu.projectdb.chain;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table with a queue is reported broken when a record waits longer than {@link
 * HashChain#QUEUE_GRACE}: no process is chaining, and its records are not yet protected.
 */
final class QueueLag {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  QueueLag(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  ChainVerification check(ChainTable table, ChainVerification links, long headSeq) {
    if (!links.intact() || table.queue() == null) {
      return links;
    }
    Timestamp before = Timestamp.from(clock.instant().minus(HashChain.QUEUE_GRACE));
    Long waiting =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM " + table.queue() + " WHERE occurred_at < ?", Long.class, before);
    if (waiting != null && waiting > 0) {
      return ChainVerification.broken(
          links.linksChecked(),
          headSeq + 1,
          waiting
              + " records waiting to be chained for more than "
              + HashChain.QUEUE_GRACE.toSeconds()
              + " s");
    }
    return links;
  }
}
