package org.kofu.projectdb;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh, migrated project databases for tests: H2 in memory here; on PostgreSQL, a {@code
 * ScratchPostgres} (test-support) given to {@link #migrate}.
 */
public final class TestDatabases {

  private TestDatabases() {}

  public static DataSource h2() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    migrate(dataSource);
    return dataSource;
  }

  public static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/project").load().migrate();
  }
}
