package org.kofu.projectdb.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to and verifies chained tables. An append locks the chain's {@code chain_head} row, so
 * appends from several threads or processes are serialised and no two links share a sequence
 * number. An append joins a transaction already open on the same DataSource.
 */
public class HashChain {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;

  public HashChain(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Appends a record whose values are in the order of {@link ChainTable#columns()}. */
  public ChainLink append(ChainTable table, List<?> values) {
    if (values.size() != table.columns().size()) {
      throw new IllegalArgumentException(
          table.table() + " takes " + table.columns().size() + " values, got " + values.size());
    }
    List<Object> stored = values.stream().map(Canonical::storable).toList();
    return transactions.execute(status -> appendLocked(table, stored));
  }

  private ChainLink appendLocked(ChainTable table, List<Object> stored) {
    ChainLink head =
        jdbc.queryForObject(
            "SELECT last_seq, last_hash FROM chain_head WHERE chain_name = ? FOR UPDATE",
            (rs, row) -> new ChainLink(rs.getLong(1), null, rs.getString(2).trim()),
            table.chainName());
    long seq = head.seq() + 1;
    String hash = ChainHashes.link(head.hash(), seq, Canonical.of(stored));
    List<Object> args = new ArrayList<>();
    args.add(seq);
    args.addAll(stored);
    args.add(head.hash());
    args.add(hash);
    String columns = String.join(", ", table.columns());
    String marks = String.join(", ", Collections.nCopies(table.columns().size() + 3, "?"));
    jdbc.update(
        "INSERT INTO "
            + table.table()
            + " (seq, "
            + columns
            + ", prev_hash, hash) VALUES ("
            + marks
            + ")",
        args.toArray());
    jdbc.update(
        "UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE chain_name = ?",
        seq,
        hash,
        table.chainName());
    return new ChainLink(seq, head.hash(), hash);
  }

  /** Reads the chain from its first link and reports the first one that does not hold. */
  public ChainVerification verify(ChainTable table) {
    ChainWalk walk = new ChainWalk(table.columns().size());
    jdbc.query(
        "SELECT seq, "
            + String.join(", ", table.columns())
            + ", prev_hash, hash FROM "
            + table.table()
            + " ORDER BY seq",
        (ResultSet rs) -> walk.accept(rs));
    ChainLink head =
        jdbc.queryForObject(
            "SELECT last_seq, last_hash FROM chain_head WHERE chain_name = ?",
            (rs, row) -> new ChainLink(rs.getLong(1), null, rs.getString(2).trim()),
            table.chainName());
    return walk.result(head);
  }

  /** The state of a verification while the rows stream past. */
  private static final class ChainWalk {
    private final int columns;
    private long expectedSeq = 1;
    private String previousHash = ChainHashes.GENESIS;
    private long checked;
    private ChainVerification broken;

    ChainWalk(int columns) {
      this.columns = columns;
    }

    void accept(ResultSet rs) throws SQLException {
      if (broken != null) {
        return;
      }
      long seq = rs.getLong(1);
      List<Object> values = new ArrayList<>();
      for (int i = 2; i < columns + 2; i++) {
        values.add(ChainColumns.read(rs, i));
      }
      String prev = rs.getString(columns + 2).trim();
      String hash = rs.getString(columns + 3).trim();
      checked++;
      if (seq != expectedSeq) {
        broken = ChainVerification.broken(checked, expectedSeq, "link missing");
      } else if (!prev.equals(previousHash)) {
        broken = ChainVerification.broken(checked, seq, "previous hash does not match");
      } else if (!ChainHashes.link(prev, seq, Canonical.of(values)).equals(hash)) {
        broken = ChainVerification.broken(checked, seq, "record altered");
      }
      expectedSeq = seq + 1;
      previousHash = hash;
    }

    ChainVerification result(ChainLink head) {
      if (broken != null) {
        return broken;
      }
      if (head.seq() != expectedSeq - 1 || !head.hash().equals(previousHash)) {
        return ChainVerification.broken(checked, expectedSeq, "links after this one were removed");
      }
      return ChainVerification.intact(checked);
    }
  }
}
