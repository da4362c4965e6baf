package org.kofu.projectdb.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;

/** Reads a chained column back as the value that was hashed. */
final class ChainColumns {

  private ChainColumns() {}

  static Object read(ResultSet rs, int column) throws SQLException {
    int type = rs.getMetaData().getColumnType(column);
    if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
      // PostgreSQL reports timestamptz as TIMESTAMP; both drivers convert to OffsetDateTime.
      return rs.getObject(column, OffsetDateTime.class);
    }
    if (type == Types.CHAR) {
      String text = rs.getString(column);
      return text == null ? null : text.stripTrailing();
    }
    return rs.getObject(column);
  }
}
