package org.kofu.core.legacy;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-written 戸籍 rows for exact checks: register 10 (the family of resident 103, five persons, one
 * 除籍), 11 (103's parents, where 103 is 除籍), 12 (a closed register still naming 105), 20 (a person
 * living elsewhere) and 30 (resident 301, which tests may change). 附票 restrictions: 支援措置 of the
 * person of register 20 (in force), an ended one of 10/3, and one of resident 101's entry 11/2.
 */
public final class KosekiFixture {

  private KosekiFixture() {}

  public static void insert(JdbcTemplate jdbc) {
    register(jdbc, 10, "CURRENT", MadoguchiFixture.FAMILY + "太郎", "2000-06-01", 2);
    register(jdbc, 11, "CURRENT", MadoguchiFixture.FAMILY + "一男", "1968-01-01", 1);
    register(jdbc, 12, "JOSEKI", MadoguchiFixture.FAMILY + "次郎", "2020-01-01", 1);
    register(jdbc, 20, "CURRENT", "佐藤健一", "1985-10-10", 1);
    register(jdbc, 30, "CURRENT", "葛\uDB40\uDD02西光", "2010-10-10", 1);
    member(jdbc, 10, 1, 103L, "太郎", "1970-01-15", "長男", false);
    member(jdbc, 10, 2, 102L, "花子", "1975-05-05", "妻", false);
    member(jdbc, 10, 3, null, "春子", "2001-03-03", "長女", true);
    member(jdbc, 10, 4, 104L, "一郎", "2003-01-01", "長男", false);
    member(jdbc, 10, 5, 105L, "次郎", "2005-07-07", "二男", false);
    member(jdbc, 11, 1, null, "一男", "1940-01-01", "長男", true);
    member(jdbc, 11, 2, 101L, "トメ", "1940-02-03", "妻", false);
    member(jdbc, 11, 3, 103L, "太郎", "1970-01-15", "長男", true);
    member(jdbc, 12, 1, 105L, "次郎", "2005-07-07", "二男", false);
    member(jdbc, 20, 1, null, "健一", "1960-01-01", "長男", false);
    member(jdbc, 30, 1, 301L, "光", "1980-08-08", "長男", false);
    entry(jdbc, 10, null, 1, "編製", "2000-06-01", "【編製日】平成12年6月1日");
    entry(jdbc, 10, 1, 2, "出生", "1970-01-15", "【出生日】昭和45年1月15日\n【出生地】北海道函館市\n【届出人】父");
    entry(jdbc, 10, 1, 3, "婚姻", "2000-06-01", "【婚姻日】平成12年6月1日\n【配偶者氏名】山田花子");
    entry(
        jdbc,
        10,
        2,
        4,
        "婚姻",
        "2000-06-01",
        "【婚姻日】平成12年6月1日\n【配偶者氏名】" + MadoguchiFixture.FAMILY + "太郎");
    entry(jdbc, 10, 3, 5, "出生", "2001-03-03", "【出生日】平成13年3月3日");
    entry(jdbc, 10, 3, 6, "婚姻", "2025-05-05", "【婚姻日】令和7年5月5日\n【称する氏】夫の氏");
    entry(jdbc, 10, 4, 7, "出生", "2003-01-01", "【出生日】平成15年1月1日");
    entry(jdbc, 10, 5, 8, "出生", "2005-07-07", "【出生日】平成17年7月7日");
    entry(jdbc, 10, null, 9, "改製", "2004-03-06", "【改製日】平成16年3月6日");
    entry(jdbc, 11, null, 1, "編製", "1968-01-01", "【編製日】昭和43年1月1日");
    entry(jdbc, 11, 1, 2, "死亡", "2019-02-02", "【死亡日】平成31年2月2日");
    entry(jdbc, 20, null, 1, "編製", "1985-10-10", "【編製日】昭和60年10月10日");
    entry(jdbc, 30, null, 1, "編製", "2010-10-10", "【編製日】平成22年10月10日");
    address(jdbc, 10, 1, 1, "北海道函館市本町1番1号", "2010-04-01");
    address(jdbc, 10, 1, 2, "北海道札幌市中央区北一条西2丁目1番1号", "2000-06-01");
    address(jdbc, 10, 1, 3, "北海道函館市元町1番1号", "2018-04-01");
    address(jdbc, 10, 2, 1, "北海道函館市元町1番1号", "2018-04-01");
    address(jdbc, 10, 5, 1, "北海道函館市元町1番1号", "2018-04-01");
    address(jdbc, 11, 2, 1, "北海道函館市元町1番1号", "2018-04-01");
    address(jdbc, 20, 1, 1, "東京都新宿区西新宿2丁目8番1号", "2015-01-01");
    address(jdbc, 30, 1, 1, "北海道函館市湯川町1丁目1番1号", "2010-10-10");
    address(jdbc, 30, 1, 2, "北海道函館市美原1丁目1番1号", "2020-01-01");
    restriction(jdbc, 1, 20, 1, "DV_SUPPORT", "2025-01-01", null);
    restriction(jdbc, 2, 10, 3, "SELF_REQUEST", "2020-01-01", "2021-01-01");
    restriction(jdbc, 3, 11, 2, "OTHER", "2026-01-01", null);
  }

  private static void restriction(
      JdbcTemplate jdbc, long id, long koseki, int kojin, String reason, String from, String to) {
    jdbc.update(
        "INSERT INTO koseki.fuhyo_seigen (seigen_id, koseki_id, kojin_no, reason, valid_from,"
            + " valid_to) VALUES (?, ?, ?, ?, ?, ?)",
        id,
        koseki,
        kojin,
        reason,
        LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to));
  }

  private static void register(
      JdbcTemplate jdbc, long id, String status, String hittosha, String hensei, long version) {
    jdbc.update(
        "INSERT INTO koseki.koseki (koseki_id, honseki, hittosha, hensei_date, status, version)"
            + " VALUES (?, '北海道函館市元町1番地', ?, ?, ?, ?)",
        id,
        hittosha,
        LocalDate.parse(hensei),
        status,
        version);
  }

  private static void member(
      JdbcTemplate jdbc,
      long koseki,
      int kojin,
      Long atena,
      String name,
      String birth,
      String zokugara,
      boolean joseki) {
    jdbc.update(
        "INSERT INTO koseki.kojin (koseki_id, kojin_no, atena_no, shimei, birth_date, sex, father,"
            + " mother, zokugara, joseki) VALUES (?, ?, ?, ?, ?, ?, '父の名', '母の名', ?, ?)",
        koseki,
        kojin,
        atena,
        name,
        LocalDate.parse(birth),
        zokugara.endsWith("男") ? "1" : "2",
        zokugara,
        joseki);
  }

  private static void entry(
      JdbcTemplate jdbc,
      long koseki,
      Integer kojin,
      int seq,
      String kind,
      String date,
      String detail) {
    jdbc.update(
        "INSERT INTO koseki.jiko (koseki_id, kojin_no, seq, jiko_kind, jiko_date, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        koseki,
        kojin,
        seq,
        kind,
        LocalDate.parse(date),
        detail);
  }

  private static void address(
      JdbcTemplate jdbc, long koseki, int kojin, int seq, String address, String date) {
    jdbc.update(
        "INSERT INTO koseki.fuhyo (koseki_id, kojin_no, seq, address, jutei_date)"
            + " VALUES (?, ?, ?, ?, ?)",
        koseki,
        kojin,
        seq,
        address,
        LocalDate.parse(date));
  }
}
