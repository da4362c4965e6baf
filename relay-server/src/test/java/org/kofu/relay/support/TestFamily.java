package org.kofu.relay.support;

import java.time.LocalDate;
import org.kofu.core.rules.TaxYearWindow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A family of its own for each test that needs one, written into the test legacy database: A
 * (householder of household 1) and D (A's adult son, household 1), B (A's wife, householder of her
 * own household 2: the husband and wife in one 戸籍 but two households), and C (A's daughter,
 * in the register but living in another city: no resident record). A has a seal, tax records (2025
 * and {@link #CURRENT_NENDO}, the one a kiosk issues) and the register; nothing is restricted until
 * a test says so.
 */
public final class TestFamily {

  private static final LocalDate FROM = TestLegacy.TODAY.minusDays(10);

  /** The 年度 of the tests' day, the one a kiosk issues tax certificates of. */
  public static final int CURRENT_NENDO = TaxYearWindow.fiscalYear(TestLegacy.TODAY);

  private final JdbcTemplate jdbc;
  public final long a;
  public final long b;
  public final long d;
  public final long register;

  /** Kojin numbers of the register: A 1, B 2, D 3, C 4. */
  public static final int A_NO = 1;

  public static final int B_NO = 2;
  public static final int D_NO = 3;
  public static final int C_NO = 4;

  private TestFamily(JdbcTemplate jdbc, int n) {
    this.jdbc = jdbc;
    // above the demo data's 宛名番号 (100 000 001 ...), below its 世帯番号 and koseki_id ranges: a
    // family sorts after every generated person, so lists taken by 宛名番号 never reach it
    long base = 190_000_000L + n * 10L;
    a = base + 1;
    b = base + 2;
    d = base + 3;
    register = base;
  }

  /** The family number {@code n} (each test its own) in the tests' H2 legacy database. */
  public static TestFamily create(int n) {
    return create(TestLegacy.jdbc(), n);
  }

  /**
   * The family number {@code n} written now into the legacy database of {@code jdbc}, which must
   * hold an ACTIVE seal row to copy the impression from.
   */
  public static TestFamily create(JdbcTemplate jdbc, int n) {
    TestFamily f = new TestFamily(jdbc, n);
    jdbc.update(
        "INSERT INTO madoguchi.setai (setai_no, setainushi_atena_no) VALUES (?, ?), (?, ?)",
        f.a,
        f.a,
        f.b,
        f.b);
    f.resident(jdbc, f.a, f.a, "試験　一郎", "1", "世帯主", "1975-01-01", "北海道函館市若松町1番1号");
    f.resident(jdbc, f.d, f.a, "試験　次郎", "1", "子", "2000-02-02", "北海道函館市若松町1番1号");
    f.resident(jdbc, f.b, f.b, "試験　花子", "2", "世帯主", "1977-03-03", "北海道函館市湯川町3丁目1番1号");
    jdbc.update(
        "INSERT INTO madoguchi.inkan (inkan_no, atena_no, toroku_date, status, inei_png)"
            + " SELECT ?, ?, DATE '2010-01-01', 'ACTIVE', inei_png FROM madoguchi.inkan"
            + " WHERE status = 'ACTIVE' ORDER BY inkan_no FETCH FIRST 1 ROWS ONLY",
        f.a,
        f.a);
    jdbc.update(
        "INSERT INTO madoguchi.shotoku_kazei (atena_no, nendo, kyuyo_shunyu, goukei_shotoku)"
            + " VALUES (?, 2025, 4000000, 2760000)",
        f.a);
    // the 年度 a kiosk issues on the tests' day (the relay's clock starts there): with tax due
    jdbc.update(
        "INSERT INTO madoguchi.shotoku_kazei (atena_no, nendo, kyuyo_shunyu, kyuyo_shotoku,"
            + " goukei_shotoku, shotoku_kojo, kazei_shotoku, shiminzei, dominzei)"
            + " VALUES (?, ?, 4100000, 2840000, 2840000, 1004000, 1836000, 110100, 73400)",
        f.a,
        CURRENT_NENDO);
    jdbc.update(
        "INSERT INTO koseki.koseki (koseki_id, honseki, hittosha, hensei_date)"
            + " VALUES (?, '北海道函館市元町1番地', '試験一郎', DATE '2000-06-01')",
        f.register);
    f.member(jdbc, A_NO, f.a, "一郎", "1975-01-01", "1", "長男");
    f.member(jdbc, B_NO, f.b, "花子", "1977-03-03", "2", "妻");
    f.member(jdbc, D_NO, f.d, "次郎", "2000-02-02", "1", "長男");
    f.member(jdbc, C_NO, null, "春子", "2002-04-04", "2", "長女");
    jdbc.update(
        "INSERT INTO koseki.jiko (koseki_id, kojin_no, seq, jiko_kind, jiko_date, detail)"
            + " VALUES (?, NULL, 1, '編製', DATE '2000-06-01', '【編製日】平成12年6月1日')",
        f.register);
    f.address(jdbc, A_NO, "北海道函館市若松町1番1号");
    f.address(jdbc, B_NO, "北海道函館市湯川町3丁目1番1号");
    f.address(jdbc, D_NO, "北海道函館市若松町1番1号");
    f.address(jdbc, C_NO, "東京都新宿区西新宿2丁目8番1号");
    return f;
  }

  public String code(long atenaNo) {
    return String.format("%011d", 90_000_000_000L + atenaNo);
  }

  /** 支援措置 recorded by the 住所地 ({@code kofu_seigen}, every type), from ten days ago. */
  public void protectHere(long atenaNo) {
    restrictHere(atenaNo, "DV_SUPPORT", FROM, null);
  }

  public void restrictHere(long atenaNo, String reason, LocalDate from, LocalDate to) {
    jdbc.update(
        "INSERT INTO madoguchi.kofu_seigen (seigen_id, atena_no, cert_type, reason,"
            + " valid_from, valid_to) VALUES ((SELECT COALESCE(MAX(seigen_id), 0) + 1"
            + " FROM madoguchi.kofu_seigen), ?, NULL, ?, ?, ?)",
        atenaNo,
        reason,
        from,
        to);
  }

  /** 支援措置 recorded by the 本籍地 on the person's 附票 ({@code fuhyo_seigen}), from ten days ago. */
  public void protectOnTheRegister(int kojinNo) {
    restrictOnTheRegister(kojinNo, "DV_SUPPORT", FROM, null);
  }

  public void restrictOnTheRegister(int kojinNo, String reason, LocalDate from, LocalDate to) {
    jdbc.update(
        "INSERT INTO koseki.fuhyo_seigen (seigen_id, koseki_id, kojin_no, reason, valid_from,"
            + " valid_to) VALUES ((SELECT COALESCE(MAX(seigen_id), 0) + 1"
            + " FROM koseki.fuhyo_seigen), ?, ?, ?, ?, ?)",
        register,
        kojinNo,
        reason,
        from,
        to);
  }

  private void resident(
      JdbcTemplate jdbc,
      long atena,
      long setai,
      String name,
      String sex,
      String zokugara,
      String birth,
      String address) {
    jdbc.update(
        "INSERT INTO madoguchi.jumin (atena_no, juminhyo_code, setai_no, shimei, shimei_kana,"
            + " birth_date, sex, zokugara, jumin_date, address, jutei_date, honseki, hittosha)"
            + " VALUES (?, ?, ?, ?, 'シケン', ?, ?, ?, ?, ?, DATE '2010-04-01',"
            + " '北海道函館市元町1番地', '試験一郎')",
        atena,
        code(atena),
        setai,
        name,
        LocalDate.parse(birth),
        sex,
        zokugara,
        LocalDate.parse(birth),
        address);
  }

  private void member(
      JdbcTemplate jdbc, int kojin, Long atena, String name, String birth, String sex, String z) {
    jdbc.update(
        "INSERT INTO koseki.kojin (koseki_id, kojin_no, atena_no, shimei, birth_date, sex,"
            + " father, mother, zokugara) VALUES (?, ?, ?, ?, ?, ?, '太郎', '花子', ?)",
        register,
        kojin,
        atena,
        name,
        LocalDate.parse(birth),
        sex,
        z);
  }

  private void address(JdbcTemplate jdbc, int kojin, String address) {
    jdbc.update(
        "INSERT INTO koseki.fuhyo (koseki_id, kojin_no, seq, address, jutei_date)"
            + " VALUES (?, ?, 1, ?, DATE '2010-04-01')",
        register,
        kojin,
        address);
  }
}
