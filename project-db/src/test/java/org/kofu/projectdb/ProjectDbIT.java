package org.kofu.projectdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.ConcurrentAppends;
import org.kofu.projectdb.chain.HashChain;
import org.kofu.projectdb.registration.RegistrationRepositoryAccess;
import org.kofu.projectdb.schedule.QuartzDelegate;
import org.kofu.projectdb.schedule.ScheduleOverridesTests;
import org.kofu.projectdb.service.ServiceCalendarAccess;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The same migrations and SQL on a real PostgreSQL, in a database made for this class. */
class ProjectDbIT {

  private static ScratchPostgres postgres;

  @BeforeAll
  static void createDatabase() throws Exception {
    postgres = ScratchPostgres.create();
    TestDatabases.migrate(postgres.dataSource());
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    postgres.close();
  }

  @Test
  void migrationsCreateEveryTable() {
    JdbcTemplate jdbc = new JdbcTemplate(postgres.dataSource());
    for (String table : ProjectTables.ALL) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).isNotNull();
    }
  }

  @Test
  void theHashChainAppendsAndVerifies() {
    HashChain chain = new HashChain(postgres.dataSource());
    Instant at = Instant.parse("2026-11-25T01:02:03.987654321Z");
    chain.append(ChainTable.AUDIT, List.of(at, "officer", "LOGIN", "ログイン", "10.0.0.1"));
    chain.append(ChainTable.AUDIT, List.of(at, "officer", "LOGOUT", "", "10.0.0.1"));

    assertThat(chain.verify(ChainTable.AUDIT).intact()).isTrue();
    new JdbcTemplate(postgres.dataSource())
        .update("UPDATE audit_log SET actor = 'x' WHERE seq = 1");
    assertThat(chain.verify(ChainTable.AUDIT).firstBrokenSeq()).isEqualTo(1);
  }

  @Test
  void concurrentWritersFormOneUnbrokenChainAppendingOrQueueing() throws Exception {
    try (ScratchPostgres own = ScratchPostgres.create()) {
      DataSource dataSource = new DriverManagerDataSource(own.url(), own.user(), "");
      TestDatabases.migrate(dataSource);

      ChainVerification appended = ConcurrentAppends.run(dataSource, 4, 25);
      ChainVerification queued = ConcurrentAppends.runQueued(dataSource, 4, 25);

      assertThat(appended.intact()).isTrue();
      assertThat(appended.linksChecked()).isEqualTo(100);
      assertThat(queued.intact()).isTrue();
      assertThat(queued.linksChecked()).isEqualTo(100);
      assertThat(
              new JdbcTemplate(dataSource)
                  .queryForObject(
                      "SELECT COUNT(DISTINCT request_id) FROM issuance_log", Integer.class))
          .isEqualTo(100);
    }
  }

  @Test
  void theServiceCalendarReadsWhatWasStored() {
    ServiceCalendarAccess.assertCalendarRoundTrips(postgres.dataSource());
  }

  @Test
  void registrationsAreApprovedOnce() {
    RegistrationRepositoryAccess.assertApprovalRoundTrips(postgres.dataSource());
  }

  @Test
  void scheduleChangesAreKeptPerTrigger() {
    ScheduleOverridesTests.assertLatestChangeWins(postgres.dataSource());
  }

  @Test
  void quartzReadsJobDataAsByteaOnPostgres() {
    assertThat(QuartzDelegate.forDatabase(postgres.dataSource()))
        .isEqualTo("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
  }
}
