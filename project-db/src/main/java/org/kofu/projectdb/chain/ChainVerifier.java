package org.kofu.projectdb.chain;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainArchives.ChainStart;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies chained tables in bounded memory: links stream through a cursor ({@link #FETCH_SIZE} at
 * a time, inside one read-only snapshot so that an archive moving links away mid-walk is not seen
 * as a gap), one link held at a time. {@link #verifyAll} walks every link after the archives;
 * {@link #verifySinceCheckpoint} only those added since the last verification's checkpoint, and
 * then moves the checkpoint to the head.
 */
public final class ChainVerifier {

  /** Rows a cursor fetches per round trip. */
  public static final int FETCH_SIZE = 1_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate snapshot;
  private final ChainArchives archives;
  private final Clock clock;

  public ChainVerifier(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    jdbc.setFetchSize(FETCH_SIZE);
    this.snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
    this.archives = new ChainArchives(jdbc);
    this.clock = clock;
  }

  /** Every link still in the table, joined to the archives before it; then the queue's lag. */
  public ChainVerification verifyAll(ChainTable table) {
    Walked walked =
        snapshot.execute(
            status -> {
              ChainStart start = archives.tableStart(table);
              return start.broken() != null ? Walked.broken(start.broken()) : walk(table, start);
            });
    return finish(table, walked);
  }

  /**
   * The links added since the last verification ended, and the checkpoint's own link: it must still
   * carry the hash recorded then and its record must still hash to it. A full verification ({@link
   * #verifyAll}) re-reads the links before the checkpoint.
   */
  public ChainVerification verifySinceCheckpoint(ChainTable table) {
    Walked walked =
        snapshot.execute(
            status -> {
              ChainStart start = archives.tableStart(table);
              if (start.broken() != null) {
                return Walked.broken(start.broken());
              }
              ChainLink checkpoint = checkpoint(table);
              if (checkpoint != null && checkpoint.seq() >= start.seq()) {
                ChainLink stored = linkAt(table, checkpoint.seq());
                if (stored == null || !checkpoint.hash().equals(stored.hash())) {
                  return Walked.broken(
                      ChainVerification.broken(
                          0, checkpoint.seq(), "the link last verified was altered or removed"));
                }
                // the walk re-hashes the checkpoint's own link, pinned by the hash recorded then
                start = new ChainStart(checkpoint.seq(), stored.previousHash(), null);
              }
              return walk(table, start);
            });
    return finish(table, walked);
  }

  /** The archive records of a chain, oldest first. */
  public List<ChainArchive> archives(ChainTable table) {
    return archives.of(table);
  }

  private Walked walk(ChainTable table, ChainStart start) {
    ChainWalk walk = new ChainWalk(table.columns().size(), start.seq(), start.prevHash());
    jdbc.query(
        "SELECT seq, "
            + String.join(", ", table.columns())
            + ", prev_hash, hash FROM "
            + table.table()
            + " WHERE seq >= ? ORDER BY seq",
        (RowCallbackHandler) walk::accept,
        start.seq());
    ChainLink head = head(table);
    return new Walked(walk.endingAt(head), head);
  }

  private ChainVerification finish(ChainTable table, Walked walked) {
    if (!walked.result().intact()) {
      return walked.result();
    }
    moveCheckpoint(table, walked.head());
    return new QueueLag(jdbc, clock).check(table, walked.result(), walked.head().seq());
  }

  private ChainLink head(ChainTable table) {
    return jdbc.queryForObject(
        "SELECT last_seq, last_hash FROM chain_head WHERE chain_name = ?",
        (rs, row) -> new ChainLink(rs.getLong(1), null, rs.getString(2).trim()),
        table.chainName());
  }

  private ChainLink checkpoint(ChainTable table) {
    List<ChainLink> found =
        jdbc.query(
            "SELECT seq, hash FROM chain_checkpoint WHERE chain_name = ?",
            (rs, row) -> new ChainLink(rs.getLong(1), null, rs.getString(2).trim()),
            table.chainName());
    return found.isEmpty() ? null : found.get(0);
  }

  private ChainLink linkAt(ChainTable table, long seq) {
    List<ChainLink> found =
        jdbc.query(
            "SELECT seq, prev_hash, hash FROM " + table.table() + " WHERE seq = ?",
            (ResultSet rs, int row) ->
                new ChainLink(rs.getLong(1), rs.getString(2).trim(), rs.getString(3).trim()),
            seq);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Only forward: of several verifiers at once, the one that read furthest wins. */
  private void moveCheckpoint(ChainTable table, ChainLink head) {
    Timestamp now = Timestamp.from(clock.instant());
    int moved =
        jdbc.update(
            "UPDATE chain_checkpoint SET seq = ?, hash = ?, verified_at = ?"
                + " WHERE chain_name = ? AND seq < ?",
            head.seq(),
            head.hash(),
            now,
            table.chainName(),
            head.seq());
    if (moved == 0 && head.seq() > 0 && checkpoint(table) == null) {
      try {
        jdbc.update(
            "INSERT INTO chain_checkpoint (chain_name, seq, hash, verified_at) VALUES (?, ?, ?, ?)",
            table.chainName(),
            head.seq(),
            head.hash(),
            now);
      } catch (DuplicateKeyException another) {
        // another verifier recorded its checkpoint first; the next run moves it forward
      }
    }
  }

  private record Walked(ChainVerification result, ChainLink head) {
    static Walked broken(ChainVerification result) {
      return new Walked(result, null);
    }
  }
}
