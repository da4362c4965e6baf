package org.kofu.projectdb.settlement;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officer's edits of the fee and commission schedules (migrations V15_1, V21_1). A row takes
 * effect at least {@link #LEAD} after it is recorded, and only a row not yet that close to taking
 * effect can be withdrawn: every relay reads the schedules again well within the lead ({@code
 * kofu.relay.fee-schedule.refresh}), so each has a row before it is in force and none charges a row
 * withdrawn, and a relay's reading made at {@code t} is complete for every {@code requestedAt}
 * before {@code t + LEAD}. Rows in force or past are never changed: they are what was charged.
 */
public final class ScheduleEditor {

  /** How far ahead of its recording a row takes effect at the earliest. */
  public static final Duration LEAD = Duration.ofMinutes(10);

  private static final Pattern OPERATOR_CODE = Pattern.compile("[A-Z0-9_]{1,16}|\\*");

  /** A fee row as recorded. */
  public record FeeRow(
      String certificateType,
      Instant effectiveFrom,
      int feeYen,
      String recordedBy,
      Instant recordedAt) {}

  /** A commission row as recorded; operator {@link CommissionSchedule#EVERY_OPERATOR} is all. */
  public record CommissionRow(
      String operatorCode,
      Instant effectiveFrom,
      int commissionYen,
      String recordedBy,
      Instant recordedAt) {}

  private final JdbcClient jdbc;
  private final SettlementRepository settlement;

  public ScheduleEditor(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.settlement = new SettlementRepository(dataSource);
  }

  public List<FeeRow> feeRows() {
    return jdbc.sql(
            "SELECT certificate_type, effective_from, fee_yen, recorded_by, recorded_at"
                + " FROM fee_schedule ORDER BY certificate_type, effective_from")
        .query(
            (rs, n) ->
                new FeeRow(
                    rs.getString(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  public List<CommissionRow> commissionRows() {
    return jdbc.sql(
            "SELECT operator_code, effective_from, commission_yen, recorded_by, recorded_at"
                + " FROM commission_schedule ORDER BY operator_code, effective_from")
        .query(
            (rs, n) ->
                new CommissionRow(
                    rs.getString(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  /**
   * Adds a fee from {@code effectiveFrom} on.
   *
   * @throws IllegalArgumentException when it is sooner than {@link #LEAD} after {@code now}, or the
   *     type has a row from that instant already
   */
  public void addFee(DatedFee fee, String officer, Instant now) {
    requireAhead(fee.effectiveFrom(), now);
    if (count("fee_schedule", "certificate_type", fee.certificateType(), fee.effectiveFrom()) > 0) {
      throw new IllegalArgumentException("the type has a fee from that instant already");
    }
    settlement.addFee(fee, officer, now);
  }

  /** Adds a commission per copy for {@code operator} ('*': every operator) from then on. */
  public void addCommission(
      String operator, Instant effectiveFrom, int yenPerCopy, String officer, Instant now) {
    if (!OPERATOR_CODE.matcher(operator).matches() || yenPerCopy < 0) {
      throw new IllegalArgumentException("an operator code and a commission of 0 yen or more");
    }
    requireAhead(effectiveFrom, now);
    if (count("commission_schedule", "operator_code", operator, effectiveFrom) > 0) {
      throw new IllegalArgumentException("the operator has a commission from that instant already");
    }
    jdbc.sql(
            "INSERT INTO commission_schedule (operator_code, effective_from, commission_yen,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
        .params(operator, Timestamp.from(effectiveFrom), yenPerCopy, officer, Timestamp.from(now))
        .update();
  }

  /** Withdraws a fee row not yet within {@link #LEAD} of taking effect; false when none was. */
  public boolean withdrawFee(String certificateType, Instant effectiveFrom, Instant now) {
    requireAhead(effectiveFrom, now);
    return delete("fee_schedule", "certificate_type", certificateType, effectiveFrom);
  }

  /** Withdraws a commission row not yet within {@link #LEAD} of taking effect. */
  public boolean withdrawCommission(String operator, Instant effectiveFrom, Instant now) {
    requireAhead(effectiveFrom, now);
    return delete("commission_schedule", "operator_code", operator, effectiveFrom);
  }

  private static void requireAhead(Instant effectiveFrom, Instant now) {
    if (effectiveFrom.isBefore(now.plus(LEAD))) {
      throw new IllegalArgumentException(
          "a schedule row takes effect at least " + LEAD.toMinutes() + " minutes from now");
    }
  }

  private int count(String table, String keyColumn, String key, Instant effectiveFrom) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM " + table + " WHERE " + keyColumn + " = ? AND effective_from = ?")
        .params(key, Timestamp.from(effectiveFrom))
        .query(Integer.class)
        .single();
  }

  private boolean delete(String table, String keyColumn, String key, Instant effectiveFrom) {
    return jdbc.sql("DELETE FROM " + table + " WHERE " + keyColumn + " = ? AND effective_from = ?")
            .params(key, Timestamp.from(effectiveFrom))
            .update()
        == 1;
  }
}
