package org.kofu.bench.options;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import picocli.CommandLine.Option;

/** The benchmarks' database options ({@code --jdbc-url}, {@code --user}, {@code --password}). */
public final class BenchDatabase {

  @Option(names = "--jdbc-url", paramLabel = "URL")
  String url;

  @Option(names = "--user", paramLabel = "U", defaultValue = "postgres")
  String user;

  @Option(names = "--password", paramLabel = "P", defaultValue = "")
  String password;

  /** {@code --jdbc-url}, or {@code fallback} when not given. */
  public String url(String fallback) {
    return url == null ? fallback : url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** A small read pool on {@code --jdbc-url} (or {@code fallback}) as {@code --user}. */
  public HikariDataSource readPool(String fallback) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url(fallback));
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.setReadOnly(true);
    return new HikariDataSource(config);
  }
}
