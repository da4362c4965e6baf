package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProjectPoolTimeoutsTests {

  private final MockEnvironment environment =
      new MockEnvironment()
          .withProperty("kofu.x.timeouts.connect", "2s")
          .withProperty("kofu.x.timeouts.socket", "30s")
          .withProperty("kofu.x.timeouts.statement", "1500ms");

  @Test
  void theProjectPoolGetsTheDriverBounds() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:postgresql://db.example/kofu");
      ProjectPoolTimeouts.of(environment, "kofu.x.timeouts")
          .postProcessBeforeInitialization(pool, "dataSource");
      assertThat(pool.getDataSourceProperties())
          .containsEntry("connectTimeout", "2")
          .containsEntry("socketTimeout", "30")
          .containsEntry("options", "-c statement_timeout=1500");
    }
  }

  @Test
  void otherPoolsAreLeftAlone() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:postgresql://db.example/kofu");
      ProjectPoolTimeouts.of(environment, "kofu.x.timeouts")
          .postProcessBeforeInitialization(pool, "madoguchiDataSource");
      assertThat(pool.getDataSourceProperties()).isEmpty();
    }
  }
}
