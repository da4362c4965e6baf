package org.kofu.admin.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.kofu.projectdb.canary.CanaryIssuances;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Counts from {@code issuance_log} and fees from {@code issuance_request}; portable SQL. */
@Repository
class StatisticsRepository {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final JdbcTemplate jdbc;

  StatisticsRepository(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Counts per Tokyo day of the month, type and outcome, in that order. */
  List<DailyCount> daily(YearMonth month) {
    // grouped here rather than in SQL: a date cast would follow the database session's time zone
    Map<String, long[]> counts = new TreeMap<>();
    jdbc.query(
        "SELECT occurred_at, kind, certificate_type, decision, reason FROM issuance_log"
            + " WHERE kind IN ('CERTIFICATE', 'RESULT') AND occurred_at >= ? AND occurred_at < ?"
            + " AND "
            + CanaryIssuances.NOT_CANARY,
        rs -> {
          LocalDate day =
              rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(TOKYO).toLocalDate();
          String type = rs.getString(3) == null ? "-" : rs.getString(3);
          String outcome =
              "RESULT".equals(rs.getString(2)) ? resultOutcome(rs.getString(5)) : rs.getString(4);
          String key = day + "\t" + type + "\t" + (outcome == null ? "-" : outcome);
          counts.computeIfAbsent(key, k -> new long[1])[0]++;
        },
        start(month),
        start(month.plusMonths(1)));
    List<DailyCount> result = new ArrayList<>();
    counts.forEach(
        (key, n) -> {
          String[] parts = key.split("\t", 3);
          result.add(new DailyCount(LocalDate.parse(parts[0]), parts[1], parts[2], n[0]));
        });
    return result;
  }

  /** A result record's reason is {@code <outcome>/<pages printed>}: the outcome is what counts. */
  static String resultOutcome(String reason) {
    if (reason == null) {
      return null;
    }
    int slash = reason.indexOf('/');
    return slash < 0 ? reason : reason.substring(0, slash);
  }

  /** Printed certificates and their fees by type, for the month's settlement. */
  List<FeeLine> fees(YearMonth month) {
    return jdbc.query(
        "SELECT certificate_type, COUNT(*), SUM(fee_yen) FROM issuance_request"
            + " WHERE outcome = 'PRINTED' AND issued_at >= ? AND issued_at < ? AND "
            + CanaryIssuances.NOT_CANARY
            + " GROUP BY certificate_type ORDER BY certificate_type",
        (rs, n) -> new FeeLine(rs.getString(1), rs.getLong(2), rs.getLong(3)),
        start(month),
        start(month.plusMonths(1)));
  }

  /** Issued certificates between two instants by type and source (the log's source column). */
  List<SourceCount> issuedBySource(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query(
        "SELECT certificate_type, source, COUNT(*) FROM issuance_log"
            + " WHERE kind = 'CERTIFICATE' AND decision = 'ISSUED' AND "
            + CanaryIssuances.NOT_CANARY
            + " AND occurred_at >= ? AND occurred_at < ?"
            + " GROUP BY certificate_type, source ORDER BY certificate_type, source",
        (rs, n) -> new SourceCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
        from,
        to);
  }

  private static OffsetDateTime start(YearMonth month) {
    return OffsetDateTime.from(month.atDay(1).atStartOfDay(TOKYO));
  }
}
