package org.kofu.demodata.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** H2 twin of {@code madoguchi.journal()}: AFTER INSERT, UPDATE or DELETE, one journal row. */
public final class MadoguchiJournalTrigger extends RowTrigger {

  private static final String INSERT =
      "INSERT INTO madoguchi.change_journal (table_name, atena_no, setai_no, op) VALUES (?, ?, ?, ?)";

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    Object[] r = newRow == null ? oldRow : newRow;
    String op = op(oldRow, newRow);
    // setai has no atena_no column; every other table but jumin finds its household through jumin
    Object atena = has("atena_no") ? value(r, "atena_no") : null;
    Object setai = has("setai_no") ? value(r, "setai_no") : householdOf(conn, atena);
    journal(conn, atena, setai, op);
    // a person moving between households changes both of them
    if ("jumin".equals(table())
        && "U".equals(op)
        && !Objects.equals(value(oldRow, "setai_no"), value(newRow, "setai_no"))) {
      journal(conn, value(oldRow, "atena_no"), value(oldRow, "setai_no"), "U");
    }
  }

  private void journal(Connection conn, Object atena, Object setai, String op) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(INSERT)) {
      ps.setString(1, table());
      ps.setObject(2, atena);
      ps.setObject(3, setai);
      ps.setString(4, op);
      ps.executeUpdate();
    }
  }

  private static Object householdOf(Connection conn, Object atena) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT setai_no FROM madoguchi.jumin WHERE atena_no = ?")) {
      ps.setObject(1, atena);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1) : null;
      }
    }
  }
}
