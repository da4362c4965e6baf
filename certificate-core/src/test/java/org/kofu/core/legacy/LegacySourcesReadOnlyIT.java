package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

class LegacySourcesReadOnlyIT {

  @Test
  void connectionsOfALegacyPoolRefuseWrites() throws Exception {
    try (ScratchPostgres pg = ScratchPostgres.create()) {
      // given
      new JdbcTemplate(pg.dataSource()).execute("CREATE TABLE t (a INT)");
      var source = new LegacySourcesProperties.Source(pg.url(), pg.user(), "", 1);

      try (HikariDataSource pool = LegacySourcesConfiguration.readOnlyPool("legacy-test", source)) {
        JdbcTemplate jdbc = new JdbcTemplate(pool);

        // when / then
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).isZero();
        assertThatThrownBy(() -> jdbc.update("INSERT INTO t VALUES (1)"))
            .rootCause()
            .hasMessageContaining("read-only");
      }
    }
  }
}
