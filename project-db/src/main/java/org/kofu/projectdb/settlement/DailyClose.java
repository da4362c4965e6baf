package org.kofu.projectdb.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes a day after its service hours: its {@link DailyCounts} are stored and sealed with the
 * issuance chain's head at the close and a SHA-256 of the counts. A closed day is never counted
 * again in place; {@link #changesSince} recounts it and reports every line that moved since (a late
 * result notification, a row changed by hand), so nothing is silently absorbed.
 */
public final class DailyClose {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final DailyCounts counts;

  public DailyClose(DataSource dataSource, DailyCounts counts) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.counts = counts;
  }

  /** What a close sealed. */
  public record Seal(
      LocalDate day, Instant closedAt, long chainSeq, String chainHash, String sha256) {}

  /** Closes {@code day}; a day already closed keeps its first seal, which is returned. */
  public Seal close(LocalDate day, Instant now) {
    return transaction.execute(
        status -> {
          Optional<Seal> closed = seal(day);
          if (closed.isPresent()) {
            return closed.get();
          }
          List<DayCount> lines = counts.between(day, day);
          Seal seal = seal(day, now, lines);
          jdbc.sql(
                  "INSERT INTO daily_close (close_day, closed_at, chain_seq, chain_hash,"
                      + " counts_sha256) VALUES (?, ?, ?, ?, ?)")
              .params(day, Timestamp.from(now), seal.chainSeq(), seal.chainHash(), seal.sha256())
              .update();
          for (DayCount line : lines) {
            jdbc.sql(
                    "INSERT INTO daily_close_count (close_day, operator_code, certificate_type,"
                        + " certificates, copies, fees_yen, commission_yen)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                    day,
                    line.key().operator(),
                    line.key().certificateType(),
                    line.certificates(),
                    line.copies(),
                    line.feesYen(),
                    line.commissionYen())
                .update();
          }
          return seal;
        });
  }

  public Optional<Seal> seal(LocalDate day) {
    return jdbc.sql(
            "SELECT closed_at, chain_seq, chain_hash, counts_sha256 FROM daily_close"
                + " WHERE close_day = ?")
        .param(day)
        .query(
            (rs, n) ->
                new Seal(
                    day,
                    rs.getTimestamp(1).toInstant(),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4)))
        .optional();
  }

  /** The latest closed day, if any. */
  public Optional<LocalDate> latestClosed() {
    return Optional.ofNullable(
        jdbc.sql("SELECT MAX(close_day) FROM daily_close")
            .query((rs, n) -> rs.getObject(1, LocalDate.class))
            .list()
            .get(0));
  }

  /** The seals of the closed days {@code from}–{@code to}, in day order. */
  public List<Seal> seals(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT close_day, closed_at, chain_seq, chain_hash, counts_sha256 FROM daily_close"
                + " WHERE close_day BETWEEN ? AND ? ORDER BY close_day")
        .params(from, to)
        .query(
            (rs, n) ->
                new Seal(
                    rs.getObject(1, LocalDate.class),
                    rs.getTimestamp(2).toInstant(),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  /** The sealed counts of a closed day. */
  public List<DayCount> sealed(LocalDate day) {
    return jdbc.sql(
            "SELECT operator_code, certificate_type, certificates, copies, fees_yen,"
                + " commission_yen FROM daily_close_count WHERE close_day = ?")
        .param(day)
        .query(
            (rs, n) ->
                new DayCount(
                    new SettlementKey(day, rs.getString(1), rs.getString(2)),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6)))
        .list();
  }

  /**
   * The lines of a closed day whose copies or fees differ now from what was sealed, or that
   * appeared or vanished since; empty when the day is as it was closed (or is not closed).
   */
  public List<Reconciliation.Difference> changesSince(LocalDate day) {
    if (seal(day).isEmpty()) {
      return List.of();
    }
    List<StatementRow> now = counts.asStatement(day, day);
    List<StatementRow> then = sealed(day).stream().map(DayCount::asStatementRow).toList();
    // the sealed counts play the statement's part: ONLY_IN_RECORD is a line that appeared since
    return Reconciliation.compare(then, now);
  }

  /** Whether a closed day's stored counts still hash to its seal (nobody edited them). */
  public boolean sealIntact(LocalDate day) {
    return seal(day).map(s -> s.sha256().equals(sha256(day, sealed(day)))).orElse(true);
  }

  private Seal seal(LocalDate day, Instant now, List<DayCount> lines) {
    String sha256 = sha256(day, lines);
    return jdbc.sql("SELECT last_seq, last_hash FROM chain_head WHERE chain_name = 'issuance'")
        .query((rs, n) -> new Seal(day, now, rs.getLong(1), rs.getString(2), sha256))
        .single();
  }

  private static String sha256(LocalDate day, List<DayCount> lines) {
    StringBuilder canonical = new StringBuilder(day.toString());
    // Java's order, not the database's collation, which may differ between engines
    for (DayCount line : lines.stream().sorted(Comparator.comparing(DayCount::key)).toList()) {
      canonical
          .append('\n')
          .append(line.key().operator())
          .append(',')
          .append(line.key().certificateType())
          .append(',')
          .append(line.certificates())
          .append(',')
          .append(line.copies())
          .append(',')
          .append(line.feesYen())
          .append(',')
          .append(line.commissionYen());
    }
    return DigestUtils.sha256Hex(canonical.toString());
  }
}
