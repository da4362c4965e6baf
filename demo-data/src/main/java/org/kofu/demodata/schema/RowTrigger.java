package org.kofu.demodata.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;

/** Base of the H2 triggers: knows the table's name and where each column sits in a row. */
abstract class RowTrigger implements Trigger {

  private final Map<String, Integer> columns = new HashMap<>();
  private String schema;
  private String table;

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type)
      throws SQLException {
    schema = schemaName.toLowerCase(Locale.ROOT);
    table = tableName.toLowerCase(Locale.ROOT);
    try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
      while (rs.next()) {
        columns.put(
            rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
            rs.getInt("ORDINAL_POSITION") - 1);
      }
    }
  }

  /** The table's name as PostgreSQL's {@code TG_TABLE_NAME} gives it (lower case). */
  final String table() {
    return table;
  }

  final boolean has(String column) {
    return columns.containsKey(column);
  }

  final int index(String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new IllegalStateException("no column " + column + " in " + schema + "." + table);
    }
    return i;
  }

  final Object value(Object[] row, String column) {
    return row[index(column)];
  }

  /** Same as PostgreSQL's {@code left(TG_OP, 1)}. */
  static String op(Object[] oldRow, Object[] newRow) {
    if (oldRow == null) {
      return "I";
    }
    return newRow == null ? "D" : "U";
  }
}
