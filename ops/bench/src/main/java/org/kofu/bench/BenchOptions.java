package org.kofu.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options of the benchmarks, and the database they read. */
public final class BenchOptions {

  private BenchOptions() {}

  public static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("not an option: " + args[i]);
      }
      String name = args[i].substring(2);
      boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
      options.put(name, hasValue ? args[++i] : "true");
    }
    return options;
  }

  /** A small read pool on {@code --jdbc-url} as {@code --user}. */
  public static HikariDataSource dataSource(Map<String, String> options) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(
        options.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/kofu_bench"));
    config.setUsername(options.getOrDefault("user", "postgres"));
    config.setPassword(options.getOrDefault("password", ""));
    config.setMaximumPoolSize(4);
    config.setReadOnly(true);
    return new HikariDataSource(config);
  }
}
