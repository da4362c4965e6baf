package org.kofu.projectdb.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.kofu.projectdb.canary.CanaryIssuances;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city's own record per day, operator and type: only issuances whose kiosk reported {@code
 * PRINTED} count, times their copies, on the Tokyo day of their request, with the fee they were
 * charged and the commission per copy in force at the request for their kiosk's operator.
 */
public final class DailyCounts {

  private final JdbcClient jdbc;
  private final SettlementRepository settlement;
  private final ZoneId zone;

  public DailyCounts(DataSource dataSource, ZoneId zone) {
    this.jdbc = JdbcClient.create(dataSource);
    this.settlement = new SettlementRepository(dataSource);
    this.zone = zone;
  }

  /** The days {@code from}–{@code to}, inclusive, in key order. */
  public List<DayCount> between(LocalDate from, LocalDate to) {
    OperatorMapping operators = settlement.operatorMapping();
    CommissionSchedule commissions = settlement.commissions();
    Map<SettlementKey, long[]> sums = new TreeMap<>();
    jdbc.sql(
            "SELECT COALESCE(requested_at, issued_at), kiosk_id, certificate_type, copies, fee_yen"
                + " FROM issuance_request WHERE outcome = 'PRINTED' AND "
                + CanaryIssuances.NOT_CANARY
                + " AND COALESCE(requested_at, issued_at) >= ?"
                + " AND COALESCE(requested_at, issued_at) < ?")
        .params(startOf(from), startOf(to.plusDays(1)))
        .query(
            rs -> {
              Instant at = rs.getTimestamp(1).toInstant();
              String operator = operators.operatorOf(rs.getString(2));
              SettlementKey key =
                  new SettlementKey(at.atZone(zone).toLocalDate(), operator, rs.getString(3));
              int copies = rs.getInt(4);
              long[] sum = sums.computeIfAbsent(key, k -> new long[4]);
              sum[0]++;
              sum[1] += copies;
              sum[2] += rs.getInt(5);
              sum[3] += (long) copies * commissions.perCopy(operator, at);
            });
    List<DayCount> counts = new ArrayList<>();
    sums.forEach((key, s) -> counts.add(new DayCount(key, s[0], s[1], s[2], s[3])));
    return counts;
  }

  /** The record as statement lines, for {@link Reconciliation}. */
  public List<StatementRow> asStatement(LocalDate from, LocalDate to) {
    return between(from, to).stream().map(DayCount::asStatementRow).toList();
  }

  private Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(zone).toInstant());
  }
}
