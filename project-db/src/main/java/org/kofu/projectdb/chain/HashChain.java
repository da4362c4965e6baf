package org.kofu.projectdb.chain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to and verifies chained tables. An append locks the chain's {@code chain_head} row, so
 * appends from several threads or processes are serialised and no two links share a sequence
 * number. An append joins a transaction already open on the same DataSource.
 *
 * <p>A table with a queue is written in two steps instead: {@link #enqueue} stores the record in
 * the caller's transaction without the head lock, and {@link #drain}, in a transaction of its own,
 * links the waiting records in queue order and moves them into the table. The head lock is then
 * held for one short transaction per batch rather than across every writer's commit.
 */
public class HashChain {

  /** How long a record may wait in a queue before a verification reports the chain as lagging. */
  public static final Duration QUEUE_GRACE = Duration.ofMinutes(1);

  /**
   * Links written, and queued records deleted, per statement: within every engine's limits on
   * parameters and IN lists.
   */
  private static final int PER_STATEMENT = 200;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final TransactionTemplate ownTransactions;
  private final ChainVerifier verifier;

  public HashChain(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public HashChain(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    this.transactions = new TransactionTemplate(manager);
    this.ownTransactions = new TransactionTemplate(manager);
    ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.verifier = new ChainVerifier(dataSource, clock);
  }

  /** Appends a record whose values are in the order of {@link ChainTable#columns()}. */
  public ChainLink append(ChainTable table, List<?> values) {
    List<Object> stored = storable(table, values);
    return transactions.execute(
        status -> {
          ChainLink head = lockHead(table);
          ChainLink link = next(head, stored);
          insertLinks(table, List.of(stored), List.of(link));
          moveHead(table, link);
          return link;
        });
  }

  /**
   * Queues a record of a table with a queue, in the caller's transaction if one is open; {@link
   * #drain} chains it.
   */
  public void enqueue(ChainTable table, List<?> values) {
    QueueInsert insert = queueInsert(table, values);
    jdbc.update(insert.sql(), insert.args());
  }

  /** The statement that queues a record, with its arguments. */
  public record QueueInsert(String sql, Object[] args) {}

  /**
   * What {@link #enqueue} runs, for a caller that sends it in one statement with its own write (one
   * round trip instead of a transaction's three); the record is chained once that commits.
   */
  public static QueueInsert queueInsert(ChainTable table, List<?> values) {
    return new QueueInsert(
        queueInto(table) + " VALUES (" + marks(table.columns().size()) + ")",
        storable(table, values).toArray());
  }

  /**
   * What {@link #queueInsert} runs, as a SELECT from {@code source}: one record queued for each row
   * of {@code source} (a common table expression of the caller's statement, say), none when it has
   * no rows. The caller's statement then writes its row and its log record together or not at all.
   */
  public static QueueInsert queueInsertFrom(ChainTable table, List<?> values, String source) {
    return new QueueInsert(
        queueInto(table) + " SELECT " + marks(table.columns().size()) + " FROM " + source,
        storable(table, values).toArray());
  }

  private static String queueInto(ChainTable table) {
    if (table.queue() == null) {
      throw new IllegalArgumentException(table.table() + " has no queue");
    }
    return "INSERT INTO " + table.queue() + " (" + String.join(", ", table.columns()) + ")";
  }

  /**
   * Chains up to {@code max} queued records, oldest first, in a transaction of its own; returns how
   * many. Several processes may drain the same queue: the head lock takes them in turn.
   */
  public int drain(ChainTable table, int max) {
    Integer chained =
        ownTransactions.execute(
            status -> {
              ChainLink head = lockHead(table);
              List<Long> ids = new ArrayList<>();
              List<List<Object>> records = new ArrayList<>();
              jdbc.query(
                  "SELECT queue_id, "
                      + String.join(", ", table.columns())
                      + " FROM "
                      + table.queue()
                      + " ORDER BY queue_id FETCH FIRST "
                      + max
                      + " ROWS ONLY",
                  rs -> {
                    ids.add(rs.getLong(1));
                    List<Object> values = new ArrayList<>();
                    for (int i = 2; i < table.columns().size() + 2; i++) {
                      values.add(ChainColumns.read(rs, i));
                    }
                    records.add(values);
                  });
              if (ids.isEmpty()) {
                return 0;
              }
              List<ChainLink> links = new ArrayList<>();
              ChainLink last = head;
              for (List<Object> record : records) {
                last = next(last, record);
                links.add(last);
              }
              for (int from = 0; from < ids.size(); from += PER_STATEMENT) {
                int to = Math.min(ids.size(), from + PER_STATEMENT);
                insertLinks(table, records.subList(from, to), links.subList(from, to));
                dequeue(table, ids.subList(from, to));
              }
              moveHead(table, last);
              return ids.size();
            });
    return chained == null ? 0 : chained;
  }

  private static List<Object> storable(ChainTable table, List<?> values) {
    if (values.size() != table.columns().size()) {
      throw new IllegalArgumentException(
          table.table() + " takes " + table.columns().size() + " values, got " + values.size());
    }
    return values.stream().map(Canonical::storable).toList();
  }

  private ChainLink lockHead(ChainTable table) {
    return jdbc.queryForObject(
        "SELECT last_seq, last_hash FROM chain_head WHERE chain_name = ? FOR UPDATE",
        (rs, row) -> new ChainLink(rs.getLong(1), null, rs.getString(2).trim()),
        table.chainName());
  }

  private static ChainLink next(ChainLink previous, List<Object> stored) {
    long seq = previous.seq() + 1;
    return new ChainLink(
        seq, previous.hash(), ChainHashes.link(previous.hash(), seq, Canonical.of(stored)));
  }

  /**
   * The links in one statement, a row of {@code VALUES} each (PostgreSQL and H2): a batch would be
   * a statement per link for the database, and a drain links several records at once.
   */
  private void insertLinks(ChainTable table, List<List<Object>> records, List<ChainLink> links) {
    List<Object> args = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    String row = "(" + marks(table.columns().size() + 3) + ")";
    for (int i = 0; i < records.size(); i++) {
      args.add(links.get(i).seq());
      args.addAll(records.get(i));
      args.add(links.get(i).previousHash());
      args.add(links.get(i).hash());
      rows.add(row);
    }
    jdbc.update(
        "INSERT INTO "
            + table.table()
            + " (seq, "
            + String.join(", ", table.columns())
            + ", prev_hash, hash) VALUES "
            + String.join(", ", rows),
        args.toArray());
  }

  /** By id, never by range: a record queued with a lower id may commit after this drain read. */
  private void dequeue(ChainTable table, List<Long> ids) {
    jdbc.update(
        "DELETE FROM " + table.queue() + " WHERE queue_id IN (" + marks(ids.size()) + ")",
        ids.toArray());
  }

  private void moveHead(ChainTable table, ChainLink last) {
    jdbc.update(
        "UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE chain_name = ?",
        last.seq(),
        last.hash(),
        table.chainName());
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /**
   * Reads every link still in the table, in bounded memory, and reports the first one that does not
   * hold (also a gap between the archives and the table); for a table with a queue, also a record
   * left waiting longer than {@link #QUEUE_GRACE}. Moves the chain's checkpoint.
   */
  public ChainVerification verify(ChainTable table) {
    return verifier.verifyAll(table);
  }

  /** Reads only the links added since the last verification ({@link ChainVerifier}). */
  public ChainVerification verifySinceCheckpoint(ChainTable table) {
    return verifier.verifySinceCheckpoint(table);
  }
}
