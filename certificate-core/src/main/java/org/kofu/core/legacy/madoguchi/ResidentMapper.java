package org.kofu.core.legacy.madoguchi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Maps {@link MadoguchiReader#RESIDENT_COLUMNS} to a {@link ResidentRow}. */
final class ResidentMapper {

  private ResidentMapper() {}

  static ResidentRow map(ResultSet rs) throws SQLException {
    String kokuseki = rs.getString("kokuseki");
    ResidentRow.Foreigner foreigner =
        kokuseki == null
            ? null
            : new ResidentRow.Foreigner(
                kokuseki,
                rs.getString("zairyu_shikaku"),
                rs.getString("zairyu_kikan"),
                date(rs, "zairyu_manryo_date"));
    return new ResidentRow(
        rs.getLong("atena_no"),
        trim(rs.getString("juminhyo_code")),
        trim(rs.getString("kojin_bango")),
        rs.getLong("setai_no"),
        rs.getString("shimei"),
        rs.getString("shimei_kana"),
        rs.getString("kyushi"),
        rs.getString("tsusho"),
        date(rs, "birth_date"),
        trim(rs.getString("sex")),
        rs.getString("zokugara"),
        date(rs, "jumin_date"),
        rs.getString("address"),
        rs.getString("katagaki"),
        date(rs, "jutei_date"),
        date(rs, "todoke_date"),
        rs.getString("prev_address"),
        rs.getString("honseki"),
        rs.getString("hittosha"),
        foreigner,
        rs.getString("status"),
        date(rs, "status_date"),
        date(rs, "tenshutsu_yotei_date"),
        rs.getLong("version"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  /** CHAR columns come back blank-padded from some engines. */
  private static String trim(String s) {
    return s == null ? null : s.strip();
  }
}
