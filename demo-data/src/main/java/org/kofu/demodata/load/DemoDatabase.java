package org.kofu.demodata.load;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.kofu.demodata.generate.LegacyTable;

/** Facts about a database that may already hold the existing systems' tables. */
public final class DemoDatabase {

  private DemoDatabase() {}

  /** Rows in the existing systems' tables that exist, 0 when there are none. */
  public static long existingRows(DataSource dataSource) throws SQLException {
    long rows = 0;
    try (Connection conn = dataSource.getConnection()) {
      for (LegacyTable t : LegacyTable.values()) {
        if (tableExists(conn, t)) {
          rows += count(conn, t.qualifiedName());
        }
      }
    }
    return rows;
  }

  public static long count(Connection conn, String qualifiedTable) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + qualifiedTable)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean tableExists(Connection conn, LegacyTable t) throws SQLException {
    DatabaseMetaData meta = conn.getMetaData();
    String[] parts = t.qualifiedName().split("\\.");
    boolean upper = meta.storesUpperCaseIdentifiers();
    String schema = upper ? parts[0].toUpperCase(Locale.ROOT) : parts[0];
    String table = upper ? parts[1].toUpperCase(Locale.ROOT) : parts[1];
    try (ResultSet rs = meta.getTables(null, schema, table, null)) {
      return rs.next();
    }
  }
}
