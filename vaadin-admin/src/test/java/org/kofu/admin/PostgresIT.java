package org.kofu.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.AccountAdministration;
import org.kofu.admin.account.FirstOfficer;
import org.kofu.admin.account.LoginAttempts;
import org.kofu.admin.account.PasswordChanges;
import org.kofu.admin.account.Role;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.service.ServiceSettings;
import org.kofu.projectdb.service.ServiceCalendar;
import org.kofu.projectdb.service.ServiceState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The admin's own SQL on PostgreSQL, in a database made for this class and dropped after. */
@SpringBootTest(properties = "kofu.admin.password.max-failures=2")
class PostgresIT {

  private static final String ADMIN_URL = System.getProperty("kofu.test.pg.url");
  private static final String USER = System.getProperty("kofu.test.pg.user", "postgres");
  private static final String DATABASE = "kofu_it_" + UUID.randomUUID().toString().replace("-", "");

  @Autowired FirstOfficer firstOfficer;
  @Autowired AccountAdministration administration;
  @Autowired PasswordChanges passwords;
  @Autowired LoginAttempts attempts;
  @Autowired ServiceSettings settings;
  @Autowired ServiceCalendar calendar;
  @Autowired AuditTrail audit;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    execute("CREATE DATABASE " + DATABASE);
    registry.add("spring.datasource.url", () -> ADMIN_URL.replaceFirst("/[^/]*$", "/" + DATABASE));
    registry.add("spring.datasource.username", () -> USER);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  @WithMockUser(username = "chief", roles = "OFFICER")
  void accountsMaintenanceAndTheAuditChainWorkOnPostgres() {
    String officerPassword = firstOfficer.create("chief");
    passwords.change("chief", officerPassword, "Chief-Long-Pass-1");
    String clerkPassword = administration.issue("clerk", "事務 太郎", Role.OPERATOR);
    attempts.failed("clerk", "10.0.0.9");
    attempts.failed("clerk", "10.0.0.9");
    assertThat(attempts.lockedLogins()).containsExactly("clerk");
    administration.unlock("clerk");
    passwords.change("clerk", clerkPassword, "Clerk-Long-Pass-2");

    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3600);
    settings.announceWindow(start, start.plusSeconds(7200), "定期保守");

    assertThat(calendar.stateAt(start.plusSeconds(60), "INKAN"))
        .isEqualTo(new ServiceState.Maintenance(start.plusSeconds(7200)));
    assertThat(audit.verify().intact()).isTrue();
    assertThat(audit.verify().linksChecked()).isGreaterThanOrEqualTo(8);
  }
}
