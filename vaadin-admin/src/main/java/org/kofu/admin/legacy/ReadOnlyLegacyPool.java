package org.kofu.admin.legacy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.kofu.core.legacy.JdbcTimeouts;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * A small read-only pool on one existing system's database, set by certificate-core's {@code
 * kofu.legacy.<system>.*} properties: the admin only looks people up there. Its calls are bounded
 * ({@code kofu.admin.legacy-timeouts}, default {@link #TIMEOUTS}) so that a stalled database holds
 * a clerk's screen for seconds, not for as long as the stall lasts.
 */
public final class ReadOnlyLegacyPool {

  /** A look-up reads a handful of rows: seconds are plenty. */
  static final JdbcTimeouts TIMEOUTS =
      new JdbcTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(5));

  private ReadOnlyLegacyPool() {}

  /** A pool for {@code system} ({@code madoguchi} or {@code koseki}); its URL must be set. */
  public static HikariDataSource of(Environment environment, String system) {
    String prefix = "kofu.legacy." + system + ".";
    HikariConfig config = new HikariConfig();
    config.setPoolName("admin-" + system);
    config.setJdbcUrl(environment.getRequiredProperty(prefix + "url"));
    config.setUsername(environment.getProperty(prefix + "username"));
    config.setPassword(environment.getProperty(prefix + "password"));
    config.setMaximumPoolSize(2);
    config.setReadOnly(true);
    if (config.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      // pgjdbc applies the read-only flag only inside explicit transactions unless told otherwise
      config.addDataSourceProperty("readOnlyMode", "always");
    }
    config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
    Binder.get(environment)
        .bind("kofu.admin.legacy-timeouts", JdbcTimeouts.class)
        .orElse(TIMEOUTS)
        .applyTo(config);
    // the admin must start even while the existing system is unreachable
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }
}
