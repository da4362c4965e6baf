package org.kofu.projectdb.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds what moved in a closed day since its close (table {@code daily_close_change}, V25_1): its
 * printed issuances counted again against the sealed counts, and the sealed counts against their
 * seal. A finding is recorded once; the same finding on a later check is not reported again, a
 * further move of the same line is.
 */
public final class ClosedDayChanges {

  private final JdbcClient jdbc;
  private final DailyClose close;
  private final DailyCounts counts;

  public ClosedDayChanges(DataSource dataSource, DailyClose close, DailyCounts counts) {
    this.jdbc = JdbcClient.create(dataSource);
    this.close = close;
    this.counts = counts;
  }

  /** What differs now in {@code day} from its close; empty when it is not closed. */
  public List<ClosedDayChange> find(LocalDate day, Instant now) {
    List<ClosedDayChange> found = new ArrayList<>();
    if (close.seal(day).isEmpty()) {
      return found;
    }
    if (!close.sealIntact(day)) {
      found.add(
          new ClosedDayChange(
              new SettlementKey(day, ClosedDayChange.ANY, ClosedDayChange.ANY),
              ClosedDayChange.Kind.SEAL_BROKEN,
              now,
              null,
              null));
    }
    Map<SettlementKey, DayCount> then = byKey(close.sealed(day));
    Map<SettlementKey, DayCount> again = byKey(counts.between(day, day));
    TreeSet<SettlementKey> keys = new TreeSet<>(then.keySet());
    keys.addAll(again.keySet());
    for (SettlementKey key : keys) {
      DayCount sealed = then.get(key);
      DayCount counted = again.get(key);
      if (sealed == null) {
        found.add(new ClosedDayChange(key, ClosedDayChange.Kind.APPEARED, now, null, counted));
      } else if (counted == null) {
        found.add(new ClosedDayChange(key, ClosedDayChange.Kind.VANISHED, now, sealed, null));
      } else if (!sealed.equals(counted)) {
        found.add(new ClosedDayChange(key, ClosedDayChange.Kind.CHANGED, now, sealed, counted));
      }
    }
    return found;
  }

  /** Records what {@link #find} finds in {@code day} that was not reported yet, and returns it. */
  public List<ClosedDayChange> recordNew(LocalDate day, Instant now) {
    List<ClosedDayChange> reported = reported(day, day);
    List<ClosedDayChange> fresh = new ArrayList<>();
    for (ClosedDayChange change : find(day, now)) {
      boolean known = reported.stream().anyMatch(r -> r.sameAs(change));
      if (!known) {
        insert(change);
        fresh.add(change);
      }
    }
    return fresh;
  }

  /** The changes reported for the days {@code from}–{@code to}, oldest first. */
  public List<ClosedDayChange> reported(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT close_day, operator_code, certificate_type, kind, found_at,"
                + " sealed_certificates, sealed_copies, sealed_fees_yen, sealed_commission_yen,"
                + " now_certificates, now_copies, now_fees_yen, now_commission_yen"
                + " FROM daily_close_change WHERE close_day BETWEEN ? AND ? ORDER BY id")
        .params(from, to)
        .query((rs, n) -> change(rs))
        .list();
  }

  /** Every change ever reported (the batch's gauge). */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM daily_close_change").query(Long.class).single();
  }

  private void insert(ClosedDayChange change) {
    DayCount s = change.sealed();
    DayCount n = change.now();
    jdbc.sql(
            "INSERT INTO daily_close_change (close_day, operator_code, certificate_type, kind,"
                + " found_at, sealed_certificates, sealed_copies, sealed_fees_yen,"
                + " sealed_commission_yen, now_certificates, now_copies, now_fees_yen,"
                + " now_commission_yen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            change.key().day(),
            change.key().operator(),
            change.key().certificateType(),
            change.kind().name(),
            Timestamp.from(change.foundAt()),
            s == null ? null : s.certificates(),
            s == null ? null : s.copies(),
            s == null ? null : s.feesYen(),
            s == null ? null : s.commissionYen(),
            n == null ? null : n.certificates(),
            n == null ? null : n.copies(),
            n == null ? null : n.feesYen(),
            n == null ? null : n.commissionYen())
        .update();
  }

  private static ClosedDayChange change(ResultSet rs) throws SQLException {
    SettlementKey key =
        new SettlementKey(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3));
    return new ClosedDayChange(
        key,
        ClosedDayChange.Kind.valueOf(rs.getString(4)),
        rs.getTimestamp(5).toInstant(),
        count(key, rs, 6),
        count(key, rs, 10));
  }

  private static DayCount count(SettlementKey key, ResultSet rs, int first) throws SQLException {
    long certificates = rs.getLong(first);
    if (rs.wasNull()) {
      return null;
    }
    return new DayCount(
        key, certificates, rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3));
  }

  private static Map<SettlementKey, DayCount> byKey(List<DayCount> lines) {
    return lines.stream()
        .collect(Collectors.toMap(DayCount::key, Function.identity(), (a, b) -> a, TreeMap::new));
  }
}
