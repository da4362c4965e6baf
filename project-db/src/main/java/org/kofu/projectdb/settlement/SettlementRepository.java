package org.kofu.projectdb.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fee schedule, the kiosk-to-operator mapping, imported statements and the city's own record
 * per day, operator and type (migration V15_1). Fees are added, never edited: the past stays as it
 * was charged.
 */
public final class SettlementRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public SettlementRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  public List<DatedFee> fees() {
    return jdbc.sql(
            "SELECT certificate_type, effective_from, fee_yen FROM fee_schedule"
                + " ORDER BY certificate_type, effective_from")
        .query(
            (rs, n) -> new DatedFee(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
        .list();
  }

  /**
   * Adds a fee from {@code fee.effectiveFrom()} on; refused when that is before {@code now}, since
   * requests already answered were charged the fee then in force.
   */
  public void addFee(DatedFee fee, String officer, Instant now) {
    if (fee.effectiveFrom().isBefore(now)) {
      throw new IllegalArgumentException("a fee takes effect from now on, never in the past");
    }
    jdbc.sql(
            "INSERT INTO fee_schedule (certificate_type, effective_from, fee_yen, recorded_by,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?)")
        .params(
            fee.certificateType(),
            Timestamp.from(fee.effectiveFrom()),
            fee.feeYen(),
            officer,
            Timestamp.from(now))
        .update();
  }

  public OperatorMapping operatorMapping() {
    Map<String, String> byPrefix = new HashMap<>();
    jdbc.sql("SELECT prefix, operator_code FROM kiosk_prefix")
        .query(
            rs -> {
              byPrefix.put(rs.getString(1), rs.getString(2));
            });
    return OperatorMapping.of(byPrefix);
  }

  /** Stores a statement already read whole ({@link StatementCsv}); all of it or nothing. */
  public long importStatement(
      String origin,
      String fileName,
      byte[] file,
      List<StatementRow> rows,
      String officer,
      Instant now) {
    Long id =
        transaction.execute(
            status -> {
              GeneratedKeyHolder key = new GeneratedKeyHolder();
              jdbc.sql(
                      "INSERT INTO statement_import (origin, file_name, file_sha256, imported_by,"
                          + " imported_at) VALUES (?, ?, ?, ?, ?)")
                  .params(
                      origin, fileName, DigestUtils.sha256Hex(file), officer, Timestamp.from(now))
                  .update(key, "id");
              long importId = key.getKey().longValue();
              for (StatementRow row : rows) {
                jdbc.sql(
                        "INSERT INTO statement_row (import_id, row_day, operator_code,"
                            + " certificate_type, copies, fee_yen) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                        importId,
                        row.key().day(),
                        row.key().operator(),
                        row.key().certificateType(),
                        row.copies(),
                        row.feeYen())
                    .update();
              }
              return importId;
            });
    return id;
  }

  public List<StatementRow> statement(long importId) {
    return jdbc.sql(
            "SELECT row_day, operator_code, certificate_type, copies, fee_yen FROM statement_row"
                + " WHERE import_id = ? ORDER BY row_day, operator_code, certificate_type")
        .param(importId)
        .query(
            (rs, n) ->
                new StatementRow(
                    new SettlementKey(
                        rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)),
                    rs.getLong(4),
                    rs.getLong(5)))
        .list();
  }

  public CommissionSchedule commissions() {
    CommissionSchedule schedule = new CommissionSchedule();
    jdbc.sql("SELECT operator_code, effective_from, commission_yen FROM commission_schedule")
        .query(
            rs -> {
              schedule.with(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3));
            });
    return schedule;
  }
}
