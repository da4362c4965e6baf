package org.kofu.core.legacy;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-written 窓口交付 rows for exact checks. Household 1 (head 103, listed after 101 and 102; 104
 * moved out), a foreign resident 201, and household 3 (301) that tests may change.
 */
public final class MadoguchiFixture {

  public static final String FAMILY = "\uD842\uDFB7田";
  public static final byte[] SEAL_PNG = {(byte) 0x89, 'P', 'N', 'G', 2};

  private MadoguchiFixture() {}

  public static void insert(JdbcTemplate jdbc) {
    jdbc.update(
        "INSERT INTO madoguchi.setai (setai_no, setainushi_atena_no, version) VALUES (1, 103, 4)");
    jdbc.update("INSERT INTO madoguchi.setai (setai_no, setainushi_atena_no) VALUES (2, 201)");
    jdbc.update("INSERT INTO madoguchi.setai (setai_no, setainushi_atena_no) VALUES (3, 301)");
    resident(jdbc, 101, 1, FAMILY + "　トメ", "2", "母", "1940-02-03");
    resident(jdbc, 102, 1, FAMILY + "　花子", "2", "妻", "1975-05-05");
    resident(jdbc, 103, 1, FAMILY + "　太郎", "1", "世帯主", "1970-01-15");
    resident(jdbc, 104, 1, FAMILY + "　一郎", "1", "子", "2003-01-01");
    resident(jdbc, 105, 1, FAMILY + "　次郎", "1", "子", "2005-07-07");
    resident(jdbc, 201, 2, "NGUYEN VAN NAM", "1", "世帯主", "1990-09-09");
    resident(jdbc, 301, 3, "葛\uDB40\uDD02西　光", "1", "世帯主", "1980-08-08");
    jdbc.update(
        "UPDATE madoguchi.jumin SET version = 7, kojin_bango = '123456789018',"
            + " katagaki = 'コーポ本町 101号室', todoke_date = ?, prev_address = '北海道札幌市中央区北一条西2丁目1番1号',"
            + " honseki = '北海道函館市元町1番地', hittosha = ? WHERE atena_no = 103",
        LocalDate.of(2018, 4, 5),
        FAMILY + "太郎");
    jdbc.update("UPDATE madoguchi.jumin SET kyushi = '山田' WHERE atena_no = 102");
    jdbc.update(
        "UPDATE madoguchi.jumin SET status = 'MOVED_OUT', status_date = ? WHERE atena_no = 104",
        LocalDate.of(2024, 3, 31));
    jdbc.update(
        "UPDATE madoguchi.jumin SET tenshutsu_yotei_date = ? WHERE atena_no = 105",
        LocalDate.of(2026, 12, 10));
    jdbc.update(
        "UPDATE madoguchi.jumin SET kokuseki = 'ベトナム', zairyu_shikaku = '技術・人文知識・国際業務',"
            + " zairyu_kikan = '5年', zairyu_manryo_date = ? WHERE atena_no = 201",
        LocalDate.of(2029, 4, 1));
    seals(jdbc);
    taxes(jdbc);
    restrictions(jdbc);
  }

  /** The 住民票コード of a fixture resident. */
  public static String code(long atenaNo) {
    return String.format("%011d", atenaNo * 7);
  }

  private static void resident(
      JdbcTemplate jdbc,
      long atena,
      long setai,
      String name,
      String sex,
      String zokugara,
      String birth) {
    LocalDate born = LocalDate.parse(birth);
    jdbc.update(
        "INSERT INTO madoguchi.jumin (atena_no, juminhyo_code, setai_no, shimei, shimei_kana, birth_date,"
            + " sex, zokugara, jumin_date, address, jutei_date)"
            + " VALUES (?, ?, ?, ?, 'フリガナ', ?, ?, ?, ?, '北海道函館市元町1番1号', ?)",
        atena,
        code(atena),
        setai,
        name,
        born,
        sex,
        zokugara,
        born,
        LocalDate.of(2018, 4, 1));
  }

  private static void seals(JdbcTemplate jdbc) {
    String sql =
        "INSERT INTO madoguchi.inkan (inkan_no, atena_no, toroku_date, status, inei_png, version)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    jdbc.update(sql, 1, 103, LocalDate.of(2001, 4, 1), "ABOLISHED", new byte[] {1}, 2);
    jdbc.update(sql, 2, 103, LocalDate.of(2015, 6, 1), "ACTIVE", SEAL_PNG, 3);
    jdbc.update(sql, 3, 102, LocalDate.of(2010, 1, 1), "ABOLISHED", new byte[] {3}, 1);
    jdbc.update(sql, 4, 301, LocalDate.of(2020, 1, 1), "ACTIVE", new byte[] {4}, 1);
  }

  private static void taxes(JdbcTemplate jdbc) {
    String sql =
        "INSERT INTO madoguchi.shotoku_kazei (atena_no, nendo, kyuyo_shunyu, kyuyo_shotoku,"
            + " goukei_shotoku, shotoku_kojo, kazei_shotoku, shiminzei, dominzei, fuyo_count, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    jdbc.update(
        sql, 103, 2024, 5_000_000, 3_560_000, 3_560_000, 1_130_000, 2_430_000, 145_800, 97_200, 2,
        1);
    jdbc.update(
        sql, 103, 2025, 5_200_000, 3_720_000, 3_720_000, 1_160_000, 2_560_000, 153_600, 102_400, 2,
        2);
    jdbc.update(
        sql, 201, 2025, 3_000_000, 2_020_000, 2_020_000, 850_000, 1_170_000, 70_200, 46_800, 0, 1);
  }

  private static void restrictions(JdbcTemplate jdbc) {
    String sql =
        "INSERT INTO madoguchi.kofu_seigen (seigen_id, atena_no, cert_type, reason, valid_from, valid_to)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    jdbc.update(sql, 1, 102, null, "DV_SUPPORT", LocalDate.of(2025, 1, 1), null);
    jdbc.update(
        sql, 2, 102, "INKAN", "SELF_REQUEST", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
    jdbc.update(sql, 3, 103, null, "CARD_LOST", LocalDate.of(2026, 1, 1), null);
  }
}
