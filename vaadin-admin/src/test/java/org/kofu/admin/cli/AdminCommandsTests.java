package org.kofu.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kofu.admin.AdminProperties;
import org.kofu.admin.account.FirstOfficer;
import org.kofu.admin.account.OfficerRecovery;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The recovery command when every officer is locked out; a database of its own. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kofu-admin-cli;DB_CLOSE_DELAY=-1",
      "kofu.admin.recover.officer=nobody",
      "kofu.admin.recover.force=true"
    })
class AdminCommandsTests {

  @Autowired AdminProperties properties;
  @Autowired FirstOfficer firstOfficer;
  @Autowired OfficerRecovery recovery;
  @Autowired AuditTrail audit;
  @Autowired ConfigurableApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder encoder;
  @Autowired RecoveryCommand bound;

  @Test
  void theCommandLineKeysBind() {
    assertThat(bound.requested()).isTrue();
    assertThat(bound.officer()).isEqualTo("nobody");
    assertThat(bound.force()).isTrue();
  }

  @Test
  void aLockedOutOfficerIsRecoveredOnlyWhenNoOfficerCanSignInUnlessForced() {
    firstOfficer.create("boss");
    account("deputy", "OFFICER");
    account("clerk", "OPERATOR");
    jdbc.update("UPDATE admin_user SET locked = TRUE, failed_attempts = 5");
    jdbc.update("UPDATE admin_user SET enabled = FALSE WHERE login = 'deputy'");

    assertThat(command("clerk", false).execute()).isEqualTo(1);
    assertThat(command("boss", false).execute()).isZero();

    assertThat(jdbc.queryForMap("SELECT locked, must_change FROM admin_user WHERE login = 'boss'"))
        .containsEntry("LOCKED", false)
        .containsEntry("MUST_CHANGE", true);
    assertThat(
            jdbc.queryForList(
                "SELECT event FROM credential_event WHERE subject_login = 'boss'"
                    + " AND actor_login = 'recovery'",
                String.class))
        .containsExactly("RESET");
    assertThat(
            jdbc.queryForObject(
                "SELECT detail FROM audit_log WHERE actor = 'recovery'"
                    + " AND action = 'ACCOUNT_RECOVERED'",
                String.class))
        .startsWith("boss forced=false usable-officers=0 os-user=");
    assertThat(audit.verify().intact()).isTrue();

    assertThat(command("deputy", false).execute()).isEqualTo(1);
    assertThat(recovery.usableOfficers()).containsExactly("boss");
    String password = recovery.recover("deputy", true, "test");
    assertThat(
            encoder.matches(
                password,
                jdbc.queryForObject(
                    "SELECT password_hash FROM admin_user WHERE login = 'deputy'", String.class)))
        .isTrue();
    assertThat(recovery.usableOfficers()).containsExactlyInAnyOrder("boss", "deputy");
    assertThat(
            jdbc.queryForList(
                "SELECT event FROM credential_event WHERE subject_login = 'deputy' ORDER BY id",
                String.class))
        .containsExactly("RESET", "ENABLED");
  }

  private AdminCommands command(String officer, boolean force) {
    return new AdminCommands(
        properties, new RecoveryCommand(officer, force), firstOfficer, recovery, audit, context);
  }

  private void account(String login, String role) {
    jdbc.update(
        "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
            + " failed_attempts, locked, enabled, password_changed_at, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, FALSE, 0, FALSE, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
            + " 'boss')",
        login,
        login,
        role,
        encoder.encode("Some-Password-1"));
  }
}
