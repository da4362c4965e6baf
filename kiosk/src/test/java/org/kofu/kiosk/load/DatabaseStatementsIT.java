package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements of one role as PostgreSQL counts them: the bench's "relay db statements" line
 * rests on this. Needs {@code pg_stat_statements} in {@code shared_preload_libraries}, which {@code
 * .ci/run} sets.
 */
class DatabaseStatementsIT {

  @Test
  void countsTheStatementsOfOneRoleAndNoOtherRoles() throws Exception {
    String role = "kofu_it_role_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (ScratchPostgres db = ScratchPostgres.create()) {
      JdbcTemplate admin = new JdbcTemplate(db.dataSource());
      assertThat(admin.queryForObject("SHOW shared_preload_libraries", String.class))
          .as("pg_stat_statements must be preloaded (.ci/run sets it)")
          .contains("pg_stat_statements");
      admin.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      admin.execute("CREATE ROLE " + role + " LOGIN");
      try (HikariDataSource asRole = new HikariDataSource()) {
        asRole.setJdbcUrl(db.url());
        asRole.setUsername(role);
        asRole.setMaximumPoolSize(1);
        DatabaseStatements statements = new DatabaseStatements(db.dataSource(), role);
        try (Connection c = asRole.getConnection();
            Statement st = c.createStatement()) {
          // counted from here: what opening the connection ran is not the test's
          long before = statements.count();
          for (int i = 0; i < 7; i++) {
            st.execute("SELECT " + i);
          }
          // the admin's own statements meanwhile are another role's
          admin.queryForObject("SELECT 1", Integer.class);

          assertThat(statements.count() - before).isEqualTo(7);
        }
      } finally {
        admin.execute("DROP ROLE " + role);
      }
    }
  }
}
