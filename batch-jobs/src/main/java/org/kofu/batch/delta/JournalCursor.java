package org.kofu.batch.delta;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code batch_journal_cursor} and {@code batch_journal_seen} in the project database. */
final class JournalCursor {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  JournalCursor(DataSource projectDb, TransactionTemplate transactions) {
    this.jdbc = JdbcClient.create(projectDb);
    this.transactions = transactions;
  }

  long lowWatermark(JournalSource source) {
    return jdbc.sql("SELECT low_watermark FROM batch_journal_cursor WHERE source = :source")
        .param("source", source.name())
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  NavigableMap<Long, Instant> seen(JournalSource source) {
    NavigableMap<Long, Instant> seen = new TreeMap<>();
    jdbc.sql("SELECT seq, changed_at FROM batch_journal_seen WHERE source = :source")
        .param("source", source.name())
        .query((RowCallbackHandler) rs -> seen.put(rs.getLong(1), rs.getTimestamp(2).toInstant()));
    return seen;
  }

  /** Records processed rows and moves the low watermark, in one transaction. */
  void commit(JournalSource source, Collection<JournalRow> processed, long newLow, Instant now) {
    transactions.executeWithoutResult(
        status -> {
          for (JournalRow row : processed) {
            if (row.seq() > newLow) {
              jdbc.sql(
                      "INSERT INTO batch_journal_seen (source, seq, changed_at)"
                          + " VALUES (:source, :seq, :at)")
                  .param("source", source.name())
                  .param("seq", row.seq())
                  .param("at", Timestamp.from(row.changedAt()))
                  .update();
            }
          }
          jdbc.sql("DELETE FROM batch_journal_seen WHERE source = :source AND seq <= :low")
              .param("source", source.name())
              .param("low", newLow)
              .update();
          int updated =
              jdbc.sql(
                      "UPDATE batch_journal_cursor SET low_watermark = :low, updated_at = :now"
                          + " WHERE source = :source")
                  .param("low", newLow)
                  .param("now", Timestamp.from(now))
                  .param("source", source.name())
                  .update();
          if (updated == 0) {
            jdbc.sql(
                    "INSERT INTO batch_journal_cursor (source, low_watermark, updated_at)"
                        + " VALUES (:source, :low, :now)")
                .param("source", source.name())
                .param("low", newLow)
                .param("now", Timestamp.from(now))
                .update();
          }
        });
  }
}
