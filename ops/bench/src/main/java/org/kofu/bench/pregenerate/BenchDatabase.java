package org.kofu.bench.pregenerate;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;

/**
 * {@code kofu_bench_pregenerate} on the local PostgreSQL: created when missing, legacy data
 * replaced.
 */
final class BenchDatabase {

  private BenchDatabase() {}

  static HikariDataSource prepare(String serverUrl, String user, int residents, LocalDate today)
      throws SQLException {
    try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", user, "");
        Statement st = admin.createStatement()) {
      var rs =
          st.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'kofu_bench_pregenerate'");
      if (!rs.next()) {
        st.execute("CREATE DATABASE kofu_bench_pregenerate");
      }
    }
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(serverUrl + "kofu_bench_pregenerate");
    ds.setUsername(user);
    ds.setMaximumPoolSize(6);
    DemoDataLoader.of(ds)
        .load(ds, new DemoDataGenerator(new GeneratorSettings(residents, 12025L, today)), true);
    try (Connection conn = ds.getConnection();
        Statement st = conn.createStatement()) {
      // a reloaded journal starts again at seq 1: the delta job's positions must start over too
      st.execute("DELETE FROM batch_journal_seen");
      st.execute("DELETE FROM batch_journal_cursor");
    } catch (SQLException firstRun) {
      // no project tables yet: Flyway creates them
    }
    return ds;
  }
}
