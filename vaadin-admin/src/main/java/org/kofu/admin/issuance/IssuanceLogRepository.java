package org.kofu.admin.issuance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The admin's reads of the relay's issuance log; portable SQL (PostgreSQL and H2). */
@Repository
class IssuanceLogRepository {

  static final ChainTable TABLE = ChainTable.ISSUANCE;

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final String COLUMNS =
      "seq, occurred_at, kind, request_id, kiosk_id, person_key, certificate_type, http_status,"
          + " decision, reason, source, certificate_number, elapsed_ms";

  private final JdbcTemplate jdbc;
  private final HashChain chain;

  IssuanceLogRepository(DataSource dataSource, HashChain chain) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.chain = chain;
  }

  int count(LogFilter filter) {
    Where where = where(filter);
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM issuance_log" + where.sql(), Integer.class, where.args());
    return count == null ? 0 : count;
  }

  /** Newest first. */
  List<LogRecord> page(LogFilter filter, int offset, int limit) {
    Where where = where(filter);
    List<Object> args = new ArrayList<>(List.of(where.args()));
    args.add(offset);
    args.add(limit);
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM issuance_log"
            + where.sql()
            + " ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        IssuanceLogRepository::row,
        args.toArray());
  }

  /** Newest first from just below {@code beforeSeq}: stable while the relay appends. */
  List<LogRecord> before(LogFilter filter, long beforeSeq, int limit) {
    Where where = where(filter);
    List<Object> args = new ArrayList<>(List.of(where.args()));
    args.add(beforeSeq);
    args.add(limit);
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM issuance_log"
            + (where.sql().isEmpty() ? " WHERE" : where.sql() + " AND")
            + " seq < ? ORDER BY seq DESC FETCH FIRST ? ROWS ONLY",
        IssuanceLogRepository::row,
        args.toArray());
  }

  ChainVerification verify() {
    return chain.verify(TABLE);
  }

  private static Where where(LogFilter filter) {
    List<String> terms = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (filter.from() != null) {
      terms.add("occurred_at >= ?");
      args.add(OffsetDateTime.from(filter.from().atStartOfDay(TOKYO)));
    }
    if (filter.to() != null) {
      terms.add("occurred_at < ?");
      args.add(OffsetDateTime.from(filter.to().plusDays(1).atStartOfDay(TOKYO)));
    }
    equal(terms, args, "certificate_type", filter.certificateType());
    equal(terms, args, "kiosk_id", filter.kioskId());
    equal(terms, args, "decision", filter.decision());
    equal(terms, args, "certificate_number", filter.certificateNumber());
    equal(terms, args, "request_id", filter.requestId());
    equal(terms, args, "person_key", filter.personKey());
    String sql = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    return new Where(sql, args.toArray());
  }

  private static void equal(List<String> terms, List<Object> args, String column, String value) {
    if (value != null && !value.isBlank()) {
      terms.add(column + " = ?");
      args.add(value.strip());
    }
  }

  private static LogRecord row(ResultSet rs, int n) throws SQLException {
    return new LogRecord(
        rs.getLong("seq"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("kind"),
        rs.getString("request_id"),
        rs.getString("kiosk_id"),
        rs.getString("person_key"),
        rs.getString("certificate_type"),
        rs.getInt("http_status"),
        rs.getString("decision"),
        rs.getString("reason"),
        rs.getString("source"),
        rs.getString("certificate_number"),
        rs.getLong("elapsed_ms"));
  }

  private record Where(String sql, Object[] args) {}
}
