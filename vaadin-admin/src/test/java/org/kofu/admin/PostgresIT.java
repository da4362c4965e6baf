package org.kofu.admin;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.kofu.admin.service.ServiceSettings;
import org.kofu.admin.statistics.TodayIssuances;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.kofu.projectdb.service.ServiceCalendar;
import org.kofu.projectdb.service.ServiceState;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The admin's own SQL on PostgreSQL, in a database made for this class and dropped after. */
@SpringBootTest(properties = "kofu.admin.password.max-failures=2")
class PostgresIT {

  private static ScratchPostgres postgres;

  @Autowired FirstOfficer firstOfficer;
  @Autowired AccountAdministration administration;
  @Autowired PasswordChanges passwords;
  @Autowired LoginAttempts attempts;
  @Autowired ServiceSettings settings;
  @Autowired ServiceCalendar calendar;
  @Autowired AuditTrail audit;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    postgres = ScratchPostgres.create();
    registry.add("spring.datasource.url", postgres::url);
    registry.add("spring.datasource.username", postgres::user);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    postgres.close();
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

  @Autowired HashChain chain;
  @Autowired LogReader issuanceLog;
  @Autowired TodayIssuances today;
  @Autowired ExportRequests exports;

  @Test
  @WithMockUser(username = "clerk2", roles = "OPERATOR")
  void theIssuanceLogReadsTodayTilesAndExportRequestsWorkOnPostgres() {
    ChainTable issuance = ChainTable.ISSUANCE;
    Instant now = Instant.now();
    for (String source : List.of("CACHE", "ON_DEMAND")) {
      chain.append(
          issuance,
          Arrays.asList(
              now,
              "CERTIFICATE",
              "pg-" + source,
              "K-9",
              "A1",
              "INKAN",
              null,
              200,
              "ISSUED",
              null,
              source,
              null,
              null,
              5L));
    }
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    List<LogRecord> found = new ArrayList<>();
    LogFilter todayOnly = new LogFilter(day, day, "INKAN", "K-9", "ISSUED", null, null, "A1");
    assertThat(issuanceLog.forEach(todayOnly, found::add)).isEqualTo(2);
    assertThat(found.get(0).requestId()).isEqualTo("pg-ON_DEMAND");
    assertThat(issuanceLog.verify().intact()).isTrue();
    assertThat(today.today().total()).isEqualTo(2);
    assertThat(today.today().cacheHitRatio()).isEqualTo(0.5);
    assertThat(exports.request(todayOnly)).isPositive();
  }
}
