package org.kofu.core.legacy.koseki;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** How {@link KosekiReader}'s statements give each row, column by column. */
final class KosekiRows {

  private KosekiRows() {}

  /** A register row of {@code kosekiId} from its other columns, the first at {@code column}. */
  static RegisterRow register(ResultSet rs, long kosekiId, int column) throws SQLException {
    return new RegisterRow(
        kosekiId,
        rs.getString(column),
        rs.getString(column + 1),
        rs.getObject(column + 2, LocalDate.class),
        rs.getString(column + 3),
        rs.getLong(column + 4));
  }

  static RegisterMemberRow member(ResultSet rs, int n) throws SQLException {
    return new RegisterMemberRow(
        rs.getLong(1),
        rs.getInt(2),
        rs.getObject(3, Long.class),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getString(6).strip(),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getBoolean(10),
        rs.getLong(11));
  }

  static RegisterEntryRow entry(ResultSet rs, int n) throws SQLException {
    return new RegisterEntryRow(
        rs.getLong(1),
        rs.getObject(2, Integer.class),
        rs.getInt(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getString(6),
        rs.getLong(7));
  }

  static FuhyoRestrictionRow fuhyoRestriction(ResultSet rs, int n) throws SQLException {
    return new FuhyoRestrictionRow(
        rs.getLong(1),
        rs.getLong(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getObject(6, LocalDate.class),
        rs.getLong(7));
  }

  static AddressHistoryRow address(ResultSet rs, int n) throws SQLException {
    return new AddressHistoryRow(
        rs.getLong(1),
        rs.getInt(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getLong(6));
  }

  /**
   * An address row in the member columns' shape ({@link KosekiReader#MEMBERS_AND_ADDRESSES}): its
   * keys first, its version in the members' last column, its own columns after them.
   */
  static AddressHistoryRow addressBesideMember(ResultSet rs, int memberColumns)
      throws SQLException {
    return new AddressHistoryRow(
        rs.getLong(1),
        rs.getInt(2),
        rs.getInt(memberColumns + 1),
        rs.getString(memberColumns + 2),
        rs.getObject(memberColumns + 3, LocalDate.class),
        rs.getLong(memberColumns));
  }
}
