package org.kofu.admin.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ReadOnlyLegacyPoolTests {

  @Test
  void aPostgresPoolIsReadOnlyAndEveryCallIsBounded() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("kofu.legacy.madoguchi.url", "jdbc:postgresql://127.0.0.1:1/none");
    try (HikariDataSource pool = ReadOnlyLegacyPool.of(environment, "madoguchi")) {
      assertThat(pool.isReadOnly()).isTrue();
      assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
      assertThat(pool.getDataSourceProperties())
          .containsEntry("readOnlyMode", "always")
          .containsEntry("connectTimeout", "2")
          .containsEntry("socketTimeout", "10")
          .containsEntry("options", "-c statement_timeout=5000");
    }
  }

  @Test
  void theBoundsAreConfigurable() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("kofu.legacy.koseki.url", "jdbc:postgresql://127.0.0.1:1/none")
            .withProperty("kofu.admin.legacy-timeouts.socket", "30s")
            .withProperty("kofu.admin.legacy-timeouts.statement", "20s");
    try (HikariDataSource pool = ReadOnlyLegacyPool.of(environment, "koseki")) {
      assertThat(pool.getDataSourceProperties())
          .containsEntry("socketTimeout", "30")
          .containsEntry("options", "-c statement_timeout=20000");
    }
  }
}
