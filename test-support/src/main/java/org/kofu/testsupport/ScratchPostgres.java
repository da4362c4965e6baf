package org.kofu.testsupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh PostgreSQL database for one test class: {@code CREATE DATABASE kofu_it_<random>} through
 * the connection given by the system properties {@code kofu.test.pg.url} and {@code
 * kofu.test.pg.user} (what the build passes to failsafe), dropped again on {@link #close()}. Test
 * classes that each take their own never see each other's rows.
 */
public final class ScratchPostgres implements AutoCloseable {

  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/kofu_test";
  public static final String DEFAULT_USER = "postgres";

  /** Enough for a loader phase, which holds one connection per table. */
  private static final int POOL_SIZE = 6;

  private final String adminUrl;
  private final String user;
  private final String name;
  private final String url;
  private final HikariDataSource pool;

  private ScratchPostgres(String adminUrl, String user) throws SQLException {
    this.adminUrl = adminUrl;
    this.user = user;
    this.name = "kofu_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    int slash = adminUrl.lastIndexOf('/');
    int query = adminUrl.indexOf('?', slash);
    this.url =
        adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    admin("CREATE DATABASE " + name);
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setMaximumPoolSize(POOL_SIZE);
    this.pool = new HikariDataSource(config);
  }

  /** A new database on the server the build's system properties point at. */
  public static ScratchPostgres create() throws SQLException {
    return new ScratchPostgres(
        System.getProperty("kofu.test.pg.url", DEFAULT_URL),
        System.getProperty("kofu.test.pg.user", DEFAULT_USER));
  }

  /** The database's name ({@code kofu_it_...}). */
  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  /** A small connection pool on the new database, closed with it. */
  public DataSource dataSource() {
    return pool;
  }

  /**
   * Runs {@code sql} as the build's user on the server's own database (not a scratch one): for what
   * is cluster-wide, such as roles.
   */
  public static void onServer(String sql) throws SQLException {
    admin(
        System.getProperty("kofu.test.pg.url", DEFAULT_URL),
        System.getProperty("kofu.test.pg.user", DEFAULT_USER),
        sql);
  }

  @Override
  public void close() throws SQLException {
    pool.close();
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void admin(String sql) throws SQLException {
    admin(adminUrl, user, sql);
  }

  private static void admin(String adminUrl, String user, String sql) throws SQLException {
    try (Connection conn = DriverManager.getConnection(adminUrl, user, "");
        Statement st = conn.createStatement()) {
      st.execute(sql);
    }
  }
}
