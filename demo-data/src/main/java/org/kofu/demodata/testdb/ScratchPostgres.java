package org.kofu.demodata.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh PostgreSQL database for one test class: {@code CREATE DATABASE kofu_it_<random>} through
 * the connection given by the system properties {@code kofu.test.pg.url} and {@code
 * kofu.test.pg.user} (what the build passes to failsafe), dropped again on {@link #close()}. Test
 * classes that each take their own never see each other's rows.
 */
public final class ScratchPostgres implements AutoCloseable {

  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/kofu_test";
  public static final String DEFAULT_USER = "postgres";

  private final String adminUrl;
  private final String user;
  private final String name;
  private final String url;

  private ScratchPostgres(String adminUrl, String user) throws SQLException {
    this.adminUrl = adminUrl;
    this.user = user;
    this.name = "kofu_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    int slash = adminUrl.lastIndexOf('/');
    int query = adminUrl.indexOf('?', slash);
    this.url =
        adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    admin("CREATE DATABASE " + name);
  }

  /** A new database on the server the build's system properties point at. */
  public static ScratchPostgres create() throws SQLException {
    return new ScratchPostgres(
        System.getProperty("kofu.test.pg.url", DEFAULT_URL),
        System.getProperty("kofu.test.pg.user", DEFAULT_USER));
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  /** A data source on the new database (a new connection each time). */
  public DataSource dataSource() {
    return new DriverManagerDataSource(url, user, "");
  }

  @Override
  public void close() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void admin(String sql) throws SQLException {
    try (Connection conn = DriverManager.getConnection(adminUrl, user, "");
        Statement st = conn.createStatement()) {
      st.execute(sql);
    }
  }
}
