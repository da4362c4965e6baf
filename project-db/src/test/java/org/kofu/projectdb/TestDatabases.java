package org.kofu.projectdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Fresh, migrated project databases for tests: H2 in memory, or a throw-away PostgreSQL one. */
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

  /** A PostgreSQL database made for one test class; close it to drop it. */
  public static final class Postgres implements AutoCloseable {
    private final String adminUrl = System.getProperty("kofu.test.pg.url");
    private final String user = System.getProperty("kofu.test.pg.user", "postgres");
    private final String name = "kofu_it_" + UUID.randomUUID().toString().replace("-", "");
    private final SingleConnectionDataSource dataSource;

    public Postgres() throws SQLException {
      if (adminUrl == null) {
        throw new IllegalStateException("kofu.test.pg.url is not set (failsafe sets it)");
      }
      execute("CREATE DATABASE " + name);
      String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
      dataSource = new SingleConnectionDataSource(url, user, "", true);
    }

    public DataSource dataSource() {
      return dataSource;
    }

    public String url() {
      return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    @Override
    public void close() throws SQLException {
      dataSource.destroy();
      execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
      try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }
  }
}
