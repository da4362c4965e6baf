package org.kofu.demodata.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Stands in for PostgreSQL's partial unique index {@code inkan_one_active_idx}, which H2 cannot
 * express: BEFORE INSERT or UPDATE, rejects a second ACTIVE registration of the same person with
 * the unique-violation SQLSTATE, as the index would.
 */
public final class OneActiveSealTrigger extends RowTrigger {

  private static final String OTHER_ACTIVE =
      "SELECT COUNT(*) FROM madoguchi.inkan"
          + " WHERE atena_no = ? AND status = 'ACTIVE' AND inkan_no <> ?";

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (!"ACTIVE".equals(value(newRow, "status"))) {
      return;
    }
    Object[] self = oldRow == null ? newRow : oldRow;
    try (PreparedStatement ps = conn.prepareStatement(OTHER_ACTIVE)) {
      ps.setObject(1, value(newRow, "atena_no"));
      ps.setObject(2, value(self, "inkan_no"));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new SQLException(
              "duplicate key value violates unique constraint \"inkan_one_active_idx\"", "23505");
        }
      }
    }
  }
}
