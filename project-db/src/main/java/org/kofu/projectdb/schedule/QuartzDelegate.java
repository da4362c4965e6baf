package org.kofu.projectdb.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The Quartz JDBC driver delegate for the project database, shared by the batch nodes' scheduler
 * and the admin's store client: PostgreSQL keeps job data as BYTEA, which the standard delegate
 * cannot read.
 */
public final class QuartzDelegate {

  private QuartzDelegate() {}

  /** The delegate's class name ({@code org.quartz.jobStore.driverDelegateClass}). */
  public static String forDatabase(DataSource dataSource) {
    try (Connection conn = dataSource.getConnection()) {
      String product = conn.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres")
          ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
          : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
    } catch (SQLException e) {
      throw new IllegalStateException("project database unreachable", e);
    }
  }
}
