package org.kofu.relay.support;

import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements PostgreSQL's {@code pg_stat_statements} has counted in some databases of one
 * server ({@code BEGIN} and {@code COMMIT} included: each is a round trip), read through a data
 * source whose database holds the extension.
 */
public final class CountedStatements {

  private final JdbcTemplate db;
  private final List<String> others;

  /**
   * Counts in the database {@code dataSource} connects to and in the databases named {@code others}
   * on the same server.
   */
  public CountedStatements(DataSource dataSource, String... others) {
    this.db = new JdbcTemplate(dataSource);
    this.others = List.of(others);
  }

  /**
   * Whether the server loads {@code pg_stat_statements}; creates the extension in the data source's
   * database where it is missing.
   */
  public boolean available() {
    try {
      db.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      count();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Every statement run so far in these databases, this count's own readings left out. */
  public long count() {
    return db.queryForObject(
        "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE dbid IN"
            + " (SELECT oid FROM pg_database WHERE datname IN (current_database()"
            + String.join("", Collections.nCopies(others.size(), ", ?"))
            + ")) AND query NOT LIKE '%pg_stat_statements%'",
        Long.class,
        others.toArray());
  }
}
