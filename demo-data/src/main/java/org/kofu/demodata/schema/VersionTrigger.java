package org.kofu.demodata.schema;

import java.sql.Connection;
import java.time.OffsetDateTime;

/**
 * H2 twin of {@code madoguchi.bump_version()}: BEFORE UPDATE, version + 1 and a fresh updated_at.
 */
public final class VersionTrigger extends RowTrigger {

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
    newRow[index("version")] = ((Number) value(oldRow, "version")).longValue() + 1;
    newRow[index("updated_at")] = OffsetDateTime.now();
  }
}
