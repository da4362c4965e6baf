package org.kofu.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.AccountAdministration;
import org.kofu.admin.account.FirstOfficer;
import org.kofu.admin.account.LoginAttempts;
import org.kofu.admin.account.PasswordChanges;
import org.kofu.admin.account.Role;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.issuance.ExportRequests;
import org.kofu.admin.issuance.LogFilter;
import org.kofu.admin.issuance.LogReader;
import org.kofu.admin.issuance.LogRecord;
import org.kofu.admin.jobs.JobHistory;
import org.kofu.admin.jobs.JobLaunches;
import org.kofu.admin.service.ServiceSettings;
import org.kofu.admin.statistics.TodayIssuances;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.kofu.testsupport.DeployedProjectDb;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin connected as kofu_admin to a project database owned by kofu_migrate, migrated with
 * ops/deploy/project-db/grants.sql as the afterMigrate callback (issue 23 point 5): accounts, the
 * calendar, the audit chain, the issuance log, exports and the job views work with those grants.
 */
@SpringBootTest
class AdminAsItsDatabaseRoleIT {

  private static ScratchPostgres postgres;

  @Autowired FirstOfficer firstOfficer;
  @Autowired AccountAdministration administration;
  @Autowired PasswordChanges passwords;
  @Autowired LoginAttempts attempts;
  @Autowired ServiceSettings settings;
  @Autowired AuditTrail audit;
  @Autowired LogReader issuanceLog;
  @Autowired TodayIssuances today;
  @Autowired ExportRequests exports;
  @Autowired JobHistory jobs;
  @Autowired JobLaunches launches;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException, IOException {
    postgres = DeployedProjectDb.create();
    DeployedProjectDb.properties(postgres, "kofu_admin")
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    postgres.close();
  }

  @Test
  @WithMockUser(username = "chief", roles = "OFFICER")
  void accountsCalendarAuditAndJobViewsWorkAsKofuAdmin() {
    assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("kofu_admin");
    String officerPassword = firstOfficer.create("chief");
    passwords.change("chief", officerPassword, "Chief-Long-Pass-1");
    String clerkPassword = administration.issue("clerk", "事務 太郎", Role.OPERATOR);
    attempts.failed("clerk", "10.0.0.9");
    administration.unlock("clerk");
    passwords.change("clerk", clerkPassword, "Clerk-Long-Pass-2");
    administration.issue("leaving", "退職 花子", Role.AUDITOR);
    administration.delete("leaving");
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3600);
    settings.announceWindow(start, start.plusSeconds(7200), "定期保守");

    assertThat(audit.verify().intact()).isTrue();
    assertThat(jobs.history("purge")).isEmpty();
    assertThat(launches.pending()).isEmpty();
  }

  @Test
  @WithMockUser(username = "clerk2", roles = "OPERATOR")
  void theIssuanceLogTodayAndExportsWorkAsKofuAdmin() {
    HashChain relay = new HashChain(new DriverManagerDataSource(postgres.url(), "kofu_relay", ""));
    Instant now = Instant.now();
    relay.append(
        ChainTable.ISSUANCE,
        Arrays.asList(
            now,
            "CERTIFICATE",
            "role-1",
            "K-9",
            "A1",
            "INKAN",
            null,
            200,
            "ISSUED",
            null,
            "CACHE",
            null,
            null,
            5L));
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    List<LogRecord> found = new ArrayList<>();
    LogFilter todayOnly = new LogFilter(day, day, "INKAN", "K-9", "ISSUED", null, null, "A1");
    assertThat(issuanceLog.forEach(todayOnly, found::add)).isEqualTo(1);
    assertThat(issuanceLog.verify().intact()).isTrue();
    assertThat(today.today().total()).isEqualTo(1);
    assertThat(exports.request(todayOnly)).isPositive();
  }
}
