package org.kofu.projectdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V9_1 gives accounts made before it the creator the password ledger recorded. */
class AccountCreatorMigrationTests {

  @Test
  void existingAccountsGetTheActorOfTheirLatestIssueAndOthersStayUnknown() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    flyway(dataSource).target("9.0?").load().migrate();
    account(jdbc, "chief");
    account(jdbc, "clerk");
    account(jdbc, "by-hand");
    ledger(jdbc, "setup", "chief", "ISSUED");
    ledger(jdbc, "someone", "clerk", "ISSUED");
    ledger(jdbc, "someone", "clerk", "DELETED");
    ledger(jdbc, "chief", "clerk", "ISSUED");
    ledger(jdbc, "deputy", "clerk", "RESET");

    flyway(dataSource).load().migrate();

    assertThat(creator(jdbc, "chief")).isEqualTo("setup");
    assertThat(creator(jdbc, "clerk")).isEqualTo("chief");
    assertThat(creator(jdbc, "by-hand")).isNull();
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      DriverManagerDataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/project");
  }

  private static void account(JdbcTemplate jdbc, String login) {
    jdbc.update(
        "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
            + " failed_attempts, locked, enabled, password_changed_at, created_at)"
            + " VALUES (?, ?, 'OPERATOR', 'x', FALSE, 0, FALSE, TRUE, CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP)",
        login,
        login);
  }

  private static void ledger(JdbcTemplate jdbc, String actor, String subject, String event) {
    jdbc.update(
        "INSERT INTO credential_event (occurred_at, actor_login, subject_login, event)"
            + " VALUES (CURRENT_TIMESTAMP, ?, ?, ?)",
        actor,
        subject,
        event);
  }

  private static String creator(JdbcTemplate jdbc, String login) {
    return jdbc.queryForObject(
        "SELECT created_by FROM admin_user WHERE login = ?", String.class, login);
  }
}
