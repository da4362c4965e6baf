package org.kofu.demodata.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** H2 twin of {@code koseki.journal()}: AFTER INSERT, UPDATE or DELETE, one journal row. */
public final class KosekiJournalTrigger extends RowTrigger {

  private static final String INSERT =
      "INSERT INTO koseki.change_journal (table_name, koseki_id, kojin_no, op) VALUES (?, ?, ?, ?)";

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    Object[] r = newRow == null ? oldRow : newRow;
    try (PreparedStatement ps = conn.prepareStatement(INSERT)) {
      ps.setString(1, table());
      ps.setObject(2, value(r, "koseki_id"));
      ps.setObject(3, "koseki".equals(table()) ? null : value(r, "kojin_no"));
      ps.setString(4, op(oldRow, newRow));
      ps.executeUpdate();
    }
  }
}
