package org.kofu.core.legacy;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on one pool's calls, set as the driver's own properties so that a database that accepts
 * connections and then never answers holds no thread past them. Zero leaves a bound off.
 *
 * <ul>
 *   <li>PostgreSQL (pgjdbc): {@code connectTimeout} and {@code loginTimeout} (whole seconds),
 *       {@code socketTimeout} (whole seconds: a read that waits longer fails and the connection is
 *       dropped), {@code options=-c statement_timeout=<ms>} (the server cancels a longer statement,
 *       e.g. one waiting on a lock).
 *   <li>Oracle (ojdbc): {@code oracle.net.CONNECT_TIMEOUT} and {@code oracle.jdbc.ReadTimeout}
 *       (ms); Oracle has no session statement timeout, the read timeout bounds a statement from the
 *       client (a Resource Manager plan can bound it on the server).
 *   <li>H2 and others: none (H2 in the same process or on loopback is the demo's).
 * </ul>
 *
 * <p>A URL's own parameters win over these (pgjdbc reads the URL last).
 *
 * @param connect how long opening a connection may take, login included
 * @param socket how long one read from the database may wait
 * @param statement how long the server may run one statement
 */
public record JdbcTimeouts(
    @DefaultValue("5s") Duration connect,
    @DefaultValue("0s") Duration socket,
    @DefaultValue("0s") Duration statement) {

  /** A connect bound only: for work that reads whole tables (batch jobs). */
  public static final JdbcTimeouts CONNECT_ONLY =
      new JdbcTimeouts(Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO);

  /** Adds the driver properties for {@code config}'s JDBC URL; call before the pool starts. */
  public void applyTo(HikariConfig config) {
    String url = String.valueOf(config.getJdbcUrl());
    if (url.startsWith("jdbc:postgresql:")) {
      setIfPositive(config, "connectTimeout", seconds(connect));
      setIfPositive(config, "loginTimeout", seconds(connect));
      setIfPositive(config, "socketTimeout", seconds(socket));
      if (statement.toMillis() > 0) {
        config.addDataSourceProperty("options", "-c statement_timeout=" + statement.toMillis());
      }
    } else if (url.startsWith("jdbc:oracle:")) {
      setIfPositive(config, "oracle.net.CONNECT_TIMEOUT", connect.toMillis());
      setIfPositive(config, "oracle.jdbc.ReadTimeout", socket.toMillis());
    }
  }

  /** pgjdbc counts whole seconds; a bound under one second is one, not none. */
  private static long seconds(Duration d) {
    return d.isZero() || d.isNegative() ? 0 : Math.max(1, (d.toMillis() + 999) / 1000);
  }

  private static void setIfPositive(HikariConfig config, String name, long value) {
    if (value > 0) {
      config.addDataSourceProperty(name, Long.toString(value));
    }
  }
}
