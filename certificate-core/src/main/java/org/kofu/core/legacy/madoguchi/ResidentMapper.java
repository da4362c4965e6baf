package org.kofu.core.legacy.madoguchi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Maps {@link MadoguchiReader#RESIDENT_COLUMNS} to a {@link ResidentRow}, each labelled with a
 * prefix where one statement brings two residents.
 */
final class ResidentMapper {

  private final String prefix;
  private final boolean readsMyNumber;

  private ResidentMapper(String prefix, boolean readsMyNumber) {
    this.prefix = prefix;
    this.readsMyNumber = readsMyNumber;
  }

  /** Without {@code readsMyNumber} the statement has no 個人番号 column and the row none. */
  static ResidentRow map(ResultSet rs, String prefix, boolean readsMyNumber) throws SQLException {
    return new ResidentMapper(prefix, readsMyNumber).row(rs);
  }

  private ResidentRow row(ResultSet rs) throws SQLException {
    String kokuseki = string(rs, "kokuseki");
    ResidentRow.Foreigner foreigner =
        kokuseki == null
            ? null
            : new ResidentRow.Foreigner(
                kokuseki,
                string(rs, "zairyu_shikaku"),
                string(rs, "zairyu_kikan"),
                date(rs, "zairyu_manryo_date"));
    return new ResidentRow(
        number(rs, "atena_no"),
        trim(string(rs, "juminhyo_code")),
        readsMyNumber ? trim(string(rs, MyNumberColumn.NAME)) : null,
        number(rs, "setai_no"),
        string(rs, "shimei"),
        string(rs, "shimei_kana"),
        string(rs, "kyushi"),
        string(rs, "tsusho"),
        date(rs, "birth_date"),
        trim(string(rs, "sex")),
        string(rs, "zokugara"),
        date(rs, "jumin_date"),
        string(rs, "address"),
        string(rs, "katagaki"),
        date(rs, "jutei_date"),
        date(rs, "todoke_date"),
        string(rs, "prev_address"),
        string(rs, "honseki"),
        string(rs, "hittosha"),
        foreigner,
        string(rs, "status"),
        date(rs, "status_date"),
        date(rs, "tenshutsu_yotei_date"),
        number(rs, "version"));
  }

  private long number(ResultSet rs, String column) throws SQLException {
    return rs.getLong(prefix + column);
  }

  private String string(ResultSet rs, String column) throws SQLException {
    return rs.getString(prefix + column);
  }

  private LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(prefix + column, LocalDate.class);
  }

  /** CHAR columns come back blank-padded from some engines. */
  private static String trim(String s) {
    return s == null ? null : s.strip();
  }
}
