package org.kofu.kiosk.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * How many statements a database role has run, as PostgreSQL's {@code pg_stat_statements} counts
 * them (every statement, {@code BEGIN} and {@code COMMIT} included: each is a round trip). Read
 * before and after the counted part, the difference is what the relays, connected as that role,
 * asked of the database; the load driver's own reads use another role and are not counted.
 */
public final class DatabaseStatements {

  private static final String CALLS =
      "SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s"
          + " JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = ?";

  private final DataSource database;
  private final String role;

  /**
   * @param database any database of the cluster where the extension is created
   * @param role the role whose statements count
   */
  public DatabaseStatements(DataSource database, String role) {
    this.database = database;
    this.role = role;
  }

  /** The statements run so far by the role, in every database of the cluster. */
  public long count() throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement calls = c.prepareStatement(CALLS)) {
      calls.setString(1, role);
      try (ResultSet rs = calls.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
