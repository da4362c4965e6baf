package org.kofu.projectdb.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.kofu.projectdb.canary.CanaryIssuances;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city's own record per day, operator and type: only issuances whose kiosk reported {@code
 * PRINTED} count, times their copies, on the Tokyo day of their request ({@code requested_at}, or
 * {@code issued_at} for rows from before it was kept), with the fee and the commission stored on
 * the issuance when it was answered. Rows answered before the operator and commission were stored
 * (V21_1) get their kiosk's operator from the mapping now ({@link OperatorMapping#UNKNOWN} when no
 * prefix matches) and the commission per copy in force at the request. All counting SQL of the
 * settlement is here, so that a filter (e.g. of test issuances) applies to the close, the report
 * and the reconciliation alike.
 */
public final class DailyCounts {

  private static final String PRINTED_ON_DAYS =
      "SELECT COALESCE(requested_at, issued_at), kiosk_id, certificate_type, copies, fee_yen,"
          + " operator_code, commission_yen"
          + " FROM issuance_request WHERE outcome = 'PRINTED' AND "
          + CanaryIssuances.NOT_CANARY
          + " AND COALESCE(requested_at, issued_at) >= ?"
          + " AND COALESCE(requested_at, issued_at) < ?";

  private final JdbcClient jdbc;
  private final SettlementRepository settlement;
  private final ZoneId zone;

  public DailyCounts(DataSource dataSource, ZoneId zone) {
    this.jdbc = JdbcClient.create(dataSource);
    this.settlement = new SettlementRepository(dataSource);
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The days {@code from}–{@code to}, inclusive, in key order. */
  public List<DayCount> between(LocalDate from, LocalDate to) {
    OperatorMapping operators = settlement.operatorMapping();
    CommissionSchedule commissions = settlement.commissions();
    Map<SettlementKey, long[]> sums = new TreeMap<>();
    jdbc.sql(PRINTED_ON_DAYS)
        .params(startOf(from), startOf(to.plusDays(1)))
        .query(
            rs -> {
              Instant at = rs.getTimestamp(1).toInstant();
              String stored = rs.getString(6);
              String operator = stored != null ? stored : operators.operatorOf(rs.getString(2));
              SettlementKey key =
                  new SettlementKey(at.atZone(zone).toLocalDate(), operator, rs.getString(3));
              int copies = rs.getInt(4);
              long commission = rs.getLong(7);
              if (rs.wasNull()) {
                commission = (long) copies * commissions.perCopy(operator, at);
              }
              long[] sum = sums.computeIfAbsent(key, k -> new long[4]);
              sum[0]++;
              sum[1] += copies;
              sum[2] += rs.getInt(5);
              sum[3] += commission;
            });
    List<DayCount> counts = new ArrayList<>();
    sums.forEach((key, s) -> counts.add(new DayCount(key, s[0], s[1], s[2], s[3])));
    return counts;
  }

  /** The Tokyo day of the first issuance on record, printed or not; empty when there is none. */
  public Optional<LocalDate> firstDay() {
    Timestamp first =
        jdbc.sql("SELECT MIN(COALESCE(requested_at, issued_at)) FROM issuance_request")
            .query((rs, n) -> rs.getTimestamp(1))
            .list()
            .get(0);
    return Optional.ofNullable(first).map(t -> t.toInstant().atZone(zone).toLocalDate());
  }

  /** The record as statement lines, for {@link Reconciliation}. */
  public List<StatementRow> asStatement(LocalDate from, LocalDate to) {
    return between(from, to).stream().map(DayCount::asStatementRow).toList();
  }

  private Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(zone).toInstant());
  }
}
