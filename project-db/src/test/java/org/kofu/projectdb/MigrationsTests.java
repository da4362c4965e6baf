package org.kofu.projectdb;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.service.ServiceCalendar;
import org.springframework.jdbc.core.JdbcTemplate;

class MigrationsTests {

  @Test
  void migrationsCreateEveryTableOnH2() {
    DataSource dataSource = TestDatabases.h2();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    for (String table : ProjectTables.ALL) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class))
          .as(table)
          .isNotNull();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_type_rule", Integer.class))
        .isEqualTo(ServiceCalendar.CERTIFICATE_TYPES.size());
    assertThat(jdbc.queryForObject("SELECT time_zone FROM service_hours", String.class))
        .isEqualTo("Asia/Tokyo");
  }
}
