package org.kofu.demodata.schema;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** One sequence of writes touching every table, run alike on PostgreSQL and H2. */
final class JournalScenario {

  /** Inserts, updates and deletes made below in schema koseki. */
  static final int KOSEKI_WRITES = 13;

  static final List<String> VERSION_QUERIES =
      List.of(
          "SELECT setai_no, version FROM madoguchi.setai ORDER BY setai_no",
          "SELECT atena_no, version FROM madoguchi.jumin ORDER BY atena_no",
          "SELECT inkan_no, version FROM madoguchi.inkan ORDER BY inkan_no",
          "SELECT atena_no, nendo, version FROM madoguchi.shotoku_kazei ORDER BY atena_no, nendo",
          "SELECT seigen_id, version FROM madoguchi.kofu_seigen WHERE seigen_id = 1",
          "SELECT koseki_id, version FROM koseki.koseki ORDER BY koseki_id",
          "SELECT koseki_id, kojin_no, version FROM koseki.kojin ORDER BY koseki_id, kojin_no",
          "SELECT koseki_id, seq, version FROM koseki.jiko ORDER BY koseki_id, seq",
          "SELECT koseki_id, kojin_no, seq, version FROM koseki.fuhyo ORDER BY koseki_id, kojin_no, seq",
          "SELECT seigen_id, version FROM koseki.fuhyo_seigen ORDER BY seigen_id",
          "SELECT pua, version FROM madoguchi.gaiji ORDER BY pua",
          "SELECT pua, version FROM koseki.gaiji ORDER BY pua");

  private static final LocalDate DAY = LocalDate.of(2020, 4, 1);

  private JournalScenario() {}

  /**
   * Rows the existing systems already held before the triggers were created (not journaled): a
   * household with one resident, their seal, tax and a restriction.
   */
  static void existingRows(JdbcTemplate jdbc) {
    jdbc.update("INSERT INTO madoguchi.setai (setai_no, setainushi_atena_no) VALUES (1, 10)");
    resident(jdbc, 10, 1);
    jdbc.update(
        "INSERT INTO madoguchi.inkan (inkan_no, atena_no, toroku_date, status, inei_png)"
            + " VALUES (1, 10, ?, 'ACTIVE', ?)",
        DAY,
        new byte[] {1, 2});
    jdbc.update(
        "INSERT INTO madoguchi.shotoku_kazei (atena_no, nendo, kyuyo_shunyu) VALUES (10, 2025, 3000000)");
    jdbc.update(
        "INSERT INTO madoguchi.kofu_seigen (seigen_id, atena_no, reason, valid_from)"
            + " VALUES (1, 10, 'CARD_LOST', ?)",
        DAY);
  }

  /** Writes made with the triggers in place. */
  static void run(JdbcTemplate jdbc) {
    madoguchi(jdbc);
    koseki(jdbc);
  }

  private static void madoguchi(JdbcTemplate jdbc) {
    jdbc.update(
        "INSERT INTO madoguchi.gaiji (pua, mj_code, ucs) VALUES ('\uE000', 'MJ006561', NULL)");
    jdbc.update("UPDATE madoguchi.gaiji SET ucs = '\u4F02' WHERE pua = '\uE000'");
    jdbc.update("INSERT INTO madoguchi.setai (setai_no, setainushi_atena_no) VALUES (2, 10)");
    resident(jdbc, 11, 1);
    jdbc.update("UPDATE madoguchi.jumin SET address = '北海道函館市本町1番1号' WHERE atena_no = 10");
    jdbc.update("UPDATE madoguchi.jumin SET setai_no = 2, zokugara = '世帯主' WHERE atena_no = 11");
    jdbc.update("UPDATE madoguchi.setai SET setainushi_atena_no = 11 WHERE setai_no = 2");
    jdbc.update("UPDATE madoguchi.jumin SET katagaki = 'コーポ本町 101号室' WHERE atena_no = 10");
    jdbc.update("INSERT INTO madoguchi.setai (setai_no, setainushi_atena_no) VALUES (3, 12)");
    jdbc.update("DELETE FROM madoguchi.setai WHERE setai_no = 3");
  }

  private static void resident(JdbcTemplate jdbc, long atena, long setai) {
    jdbc.update(
        "INSERT INTO madoguchi.jumin (atena_no, juminhyo_code, setai_no, shimei, shimei_kana,"
            + " birth_date, sex, zokugara, jumin_date, address, jutei_date)"
            + " VALUES (?, ?, ?, '函館　太郎', 'ハコダテ　タロウ', ?, '1', '子', ?, '北海道函館市元町1番1号', ?)",
        atena,
        String.format("%011d", atena),
        setai,
        DAY,
        DAY,
        DAY);
  }

  private static void koseki(JdbcTemplate jdbc) {
    jdbc.update(
        "INSERT INTO koseki.koseki (koseki_id, honseki, hittosha, hensei_date)"
            + " VALUES (100, '北海道函館市元町1番地', '函館太郎', ?)",
        DAY);
    jdbc.update(
        "INSERT INTO koseki.kojin (koseki_id, kojin_no, atena_no, shimei, birth_date, sex, zokugara)"
            + " VALUES (100, 1, 10, '太郎', ?, '1', '長男')",
        DAY);
    jdbc.update(
        "INSERT INTO koseki.jiko (koseki_id, kojin_no, seq, jiko_kind, jiko_date, detail)"
            + " VALUES (100, NULL, 1, '編製', ?, '【編製日】令和2年4月1日')",
        DAY);
    jdbc.update(
        "INSERT INTO koseki.jiko (koseki_id, kojin_no, seq, jiko_kind, jiko_date, detail)"
            + " VALUES (100, 1, 2, '出生', ?, '【出生日】令和2年4月1日')",
        DAY);
    jdbc.update(
        "INSERT INTO koseki.fuhyo (koseki_id, kojin_no, seq, address, jutei_date)"
            + " VALUES (100, 1, 1, '北海道函館市元町1番1号', ?)",
        DAY);
    jdbc.update("UPDATE koseki.kojin SET father = '函館一郎' WHERE koseki_id = 100 AND kojin_no = 1");
    jdbc.update("UPDATE koseki.koseki SET status = 'JOSEKI' WHERE koseki_id = 100");
    jdbc.update(
        "UPDATE koseki.jiko SET detail = '【出生日】令和2年4月2日' WHERE koseki_id = 100 AND seq = 2");
    jdbc.update(
        "INSERT INTO koseki.fuhyo_seigen (seigen_id, koseki_id, kojin_no, reason, valid_from)"
            + " VALUES (1, 100, 1, 'DV_SUPPORT', ?)",
        DAY);
    jdbc.update(
        "INSERT INTO koseki.fuhyo_seigen (seigen_id, koseki_id, kojin_no, reason, valid_from)"
            + " VALUES (2, 100, 1, 'OTHER', ?)",
        DAY);
    jdbc.update(
        "UPDATE koseki.fuhyo_seigen SET valid_to = ? WHERE seigen_id = 1", DAY.plusYears(1));
    jdbc.update("DELETE FROM koseki.fuhyo_seigen WHERE seigen_id = 2");
    jdbc.update("INSERT INTO koseki.gaiji (pua, mj_code, ucs) VALUES ('\uE001', 'MJ006816', NULL)");
    jdbc.update("UPDATE koseki.gaiji SET mj_code = 'MJ006817' WHERE pua = '\uE001'");
    jdbc.update("DELETE FROM koseki.fuhyo WHERE koseki_id = 100");
  }
}
