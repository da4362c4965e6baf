package org.kofu.admin.legacy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.core.env.Environment;

/**
 * A small read-only pool on one existing system's database, set by certificate-core's {@code
 * kofu.legacy.<system>.*} properties: the admin only looks people up there.
 */
public final class ReadOnlyLegacyPool {

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
    // the admin must start even while the existing system is unreachable
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }
}
