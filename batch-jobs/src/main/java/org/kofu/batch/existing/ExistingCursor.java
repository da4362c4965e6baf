package org.kofu.batch.existing;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the delta is in the existing system's {@code changedSince} sequence: the row {@code
 * EXISTING_SYSTEM} of {@code batch_journal_cursor} (beside the two journals' cursors), {@code
 * low_watermark} the {@code lastSeq} of the last page cached. Written in the delta pass's
 * transaction, so a pass that fails before it commits pulls the same page again.
 */
public final class ExistingCursor {

  static final String SOURCE = "EXISTING_SYSTEM";

  private final JdbcClient jdbc;

  public ExistingCursor(DataSource projectDb) {
    this.jdbc = JdbcClient.create(projectDb);
  }

  public long position() {
    return jdbc.sql("SELECT low_watermark FROM batch_journal_cursor WHERE source = :source")
        .param("source", SOURCE)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  public void move(long lastSeq, Instant now) {
    int updated =
        jdbc.sql(
                "UPDATE batch_journal_cursor SET low_watermark = :seq, updated_at = :now"
                    + " WHERE source = :source")
            .param("seq", lastSeq)
            .param("now", Timestamp.from(now))
            .param("source", SOURCE)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO batch_journal_cursor (source, low_watermark, updated_at)"
                  + " VALUES (:source, :seq, :now)")
          .param("source", SOURCE)
          .param("seq", lastSeq)
          .param("now", Timestamp.from(now))
          .update();
    }
  }
}
