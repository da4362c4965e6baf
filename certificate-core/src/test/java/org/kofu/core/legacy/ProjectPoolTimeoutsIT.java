package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The project database's pool bounded by {@link ProjectPoolTimeouts} on PostgreSQL: a statement
 * that runs past the bound is cancelled by the server, and a server that accepts connections and
 * never answers costs the connect bound, not a thread held for ever.
 */
class ProjectPoolTimeoutsIT {

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres";
  private static final Duration SLACK = Duration.ofMillis(1500);

  @Test
  void aLongStatementIsCancelledAtTheBound() throws SQLException {
    try (HikariDataSource pool = pool(POSTGRES, "1s", "10s", "1s");
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> statement.execute("SELECT pg_sleep(5)"))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aServerThatNeverAnswersCostsTheConnectBound() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> holdEveryConnection(silent), "silent-server");
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/none";
      try (HikariDataSource pool = pool(url, "1s", "10s", "1s")) {
        // the driver's own bound, as the pool's connection creator meets it (Hikari's wait for a
        // connection is another bound, which would leave its creator thread stuck)
        Properties driver = new Properties();
        driver.putAll(pool.getDataSourceProperties());
        driver.setProperty("user", "postgres");
        long start = System.nanoTime();
        assertThatThrownBy(() -> DriverManager.getConnection(url, driver).close())
            .isInstanceOf(SQLException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .isLessThan(Duration.ofSeconds(1).plus(SLACK));
      }
    }
  }

  private static void holdEveryConnection(ServerSocket silent) {
    List<Socket> held = new ArrayList<>();
    try {
      while (!silent.isClosed()) {
        held.add(silent.accept());
      }
    } catch (IOException closed) {
      held.forEach(ProjectPoolTimeoutsIT::closeQuietly);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing is waiting on it
    }
  }

  private static HikariDataSource pool(
      String url, String connect, String socket, String statement) {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("kofu.test.project-db.timeouts.connect", connect)
            .withProperty("kofu.test.project-db.timeouts.socket", socket)
            .withProperty("kofu.test.project-db.timeouts.statement", statement);
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername("postgres");
    pool.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
    pool.setInitializationFailTimeout(-1);
    ProjectPoolTimeouts.of(environment, "kofu.test.project-db.timeouts")
        .postProcessBeforeInitialization(pool, "dataSource");
    return pool;
  }
}
