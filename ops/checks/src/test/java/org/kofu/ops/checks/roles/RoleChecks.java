package org.kofu.ops.checks.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Assertions of what a role may do, by SQLSTATE 42501 (insufficient privilege, not the owner). */
final class RoleChecks {

  static final Instant AT = Instant.parse("2026-12-04T01:02:03Z");

  private RoleChecks() {}

  static void refused(DataSource role, String sql, Object... args) {
    Throwable thrown = catchThrowable(() -> new JdbcTemplate(role).update(sql, args));
    assertThat(thrown).as(sql).isNotNull();
    assertThat(sqlState(thrown)).as(sql + ": " + thrown.getMessage()).isEqualTo("42501");
  }

  static void refusedAll(DataSource role, String... statements) {
    Arrays.stream(statements).forEach(sql -> refused(role, sql));
  }

  static int allowed(DataSource role, String sql, Object... args) {
    return new JdbcTemplate(role).update(sql, args);
  }

  /** An issuance log record's values (ChainTable.ISSUANCE's columns). */
  static List<Object> issuanceRecord(String requestId) {
    return Arrays.asList(
        AT,
        "REQUEST",
        requestId,
        "K1",
        "P1",
        "JUMINHYO",
        "",
        200,
        "ISSUED",
        null,
        "CACHE",
        "012025-261204-000001",
        "0".repeat(64),
        12L);
  }

  static List<Object> auditRecord(String actor, String action) {
    return List.of(AT, actor, action, "", "127.0.0.1");
  }

  private static String sqlState(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLException e && e.getSQLState() != null) {
        return e.getSQLState();
      }
    }
    return null;
  }
}
