package org.kofu.projectdb.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;

public class ScheduleOverridesTests {

  /** Also run on PostgreSQL by ProjectDbIT. */
  public static void assertLatestChangeWins(DataSource dataSource) {
    ScheduleOverrides overrides = new ScheduleOverrides(dataSource);
    Instant at = Instant.parse("2026-11-26T01:00:00Z");
    assertThat(overrides.all()).isEmpty();

    overrides.put("fullPregeneration-0", "0 0 1 * * ?", at);
    overrides.put("purge-0", "0 0 5 * * ?", at);
    overrides.put("fullPregeneration-0", "0 45 23 * * ?", at.plusSeconds(60));

    assertThat(overrides.all())
        .isEqualTo(Map.of("fullPregeneration-0", "0 45 23 * * ?", "purge-0", "0 0 5 * * ?"));
  }

  @Test
  void theLatestChangeOfATriggerWinsOnH2() {
    assertLatestChangeWins(TestDatabases.h2());
  }

  @Test
  void quartzUsesItsStandardDelegateOnH2() {
    assertThat(QuartzDelegate.forDatabase(TestDatabases.h2()))
        .isEqualTo("org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
  }
}
