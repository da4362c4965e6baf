package org.kofu.core.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.koseki.AddressHistoryRow;
import org.kofu.core.legacy.koseki.RegisterEntryRow;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.koseki.RegisterRow;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.SealRow;
import org.kofu.core.legacy.madoguchi.TaxRow;

/** Hand-made certificate contents: a household of three in 函館市, one foreign resident. */
public final class Fixtures {

  public static final String KATSURA = "葛\uDB40\uDD02西";
  public static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  private Fixtures() {}

  public static ResidentRow resident(long atenaNo, String name, String kana, String zokugara) {
    return resident(atenaNo, name, kana, zokugara, "北海道函館市五稜郭町12番3号", "北海道函館市元町1番地");
  }

  /** A resident with the given address and 本籍. */
  public static ResidentRow resident(
      long atenaNo, String name, String kana, String zokugara, String address, String honseki) {
    return new ResidentRow(
        atenaNo,
        "1234567890" + (atenaNo % 10),
        "12345678901" + (atenaNo % 10),
        77,
        name,
        kana,
        null,
        null,
        LocalDate.of(1980, 4, 1 + (int) (atenaNo % 20)),
        atenaNo % 2 == 0 ? "2" : "1",
        zokugara,
        LocalDate.of(2010, 6, 15),
        address,
        "コーポ五稜郭201号室",
        LocalDate.of(2010, 6, 15),
        LocalDate.of(2010, 6, 20),
        "北海道札幌市中央区北一条西2丁目",
        honseki,
        "𠮷田　一郎",
        null,
        "ACTIVE",
        null,
        null,
        3);
  }

  public static ResidentRow householder() {
    return resident(101, "𠮷田　一郎", "ヨシダ　イチロウ", "世帯主");
  }

  public static ResidentRow spouse() {
    return resident(102, "𠮷田　花子", "ヨシダ　ハナコ", "妻");
  }

  public static ResidentRow child() {
    return resident(103, "𠮷田　髙志", "ヨシダ　タカシ", "子");
  }

  public static ResidentRow foreigner() {
    ResidentRow r = resident(201, "ＳＭＩＴＨ　ＪＯＨＮ", "スミス　ジョン", "世帯主");
    return new ResidentRow(
        r.atenaNo(),
        r.juminhyoCode(),
        r.kojinBango(),
        88,
        r.shimei(),
        r.shimeiKana(),
        null,
        "須見　次郎",
        r.birthDate(),
        r.sex(),
        r.zokugara(),
        r.juminDate(),
        r.address(),
        null,
        r.juteiDate(),
        null,
        null,
        null,
        null,
        new ResidentRow.Foreigner("アメリカ合衆国", "永住者", "無期限", LocalDate.of(2031, 3, 31)),
        "ACTIVE",
        null,
        null,
        1);
  }

  public static CertificateSubject subject(
      ResidentRow r, CertificateType type, CertificateOptions options) {
    return new CertificateSubject(new PersonRef.Resident(r.atenaNo()), type, options);
  }

  public static CertificateOptions juminhyo(
      Scope scope, boolean householder, boolean honseki, boolean myNumber) {
    return new CertificateOptions(scope, householder, honseki, myNumber, null);
  }

  public static CertificateContent.Residents residents(
      CertificateType type, CertificateOptions options) {
    List<ResidentRow> persons =
        options.scope() == Scope.HOUSEHOLD
            ? List.of(householder(), spouse(), child())
            : List.of(spouse());
    return new CertificateContent.Residents(
        subject(spouse(), type, options), persons, householder(), versions(persons));
  }

  public static CertificateContent.Seal seal() {
    ResidentRow r = spouse();
    SealRow s = new SealRow(9, r.atenaNo(), LocalDate.of(2015, 4, 1), "ACTIVE", impression(), 2);
    return new CertificateContent.Seal(
        subject(r, CertificateType.INKAN, null), r, s, versions(List.of(r)));
  }

  public static CertificateContent.Tax tax() {
    return tax(CertificateType.SHOTOKU_KAZEI);
  }

  /** The householder's 令和7年度 record, with tax due, as a certificate of {@code type}. */
  public static CertificateContent.Tax tax(CertificateType type) {
    ResidentRow r = householder();
    TaxRow t =
        new TaxRow(
            r.atenaNo(),
            2025,
            4_800_000,
            3_460_000,
            0,
            120_000,
            3_580_000,
            1_230_000,
            2_350_000,
            141_000,
            94_000,
            2,
            5);
    return tax(type, r, t);
  }

  /** The spouse's 令和7年度 record: a small income, no municipal tax due (非課税). */
  public static CertificateContent.Tax untaxed(CertificateType type) {
    ResidentRow r = spouse();
    TaxRow t =
        new TaxRow(r.atenaNo(), 2025, 900_000, 350_000, 0, 0, 350_000, 430_000, 0, 0, 0, 0, 3);
    return tax(type, r, t);
  }

  private static CertificateContent.Tax tax(CertificateType type, ResidentRow r, TaxRow t) {
    return new CertificateContent.Tax(
        subject(r, type, new CertificateOptions(null, false, false, false, t.nendo())),
        r,
        t,
        versions(List.of(r)));
  }

  public static RegisterRow register() {
    return new RegisterRow(
        500, "北海道函館市元町1番地", "渡邊\uDB40\uDD08　太郎", LocalDate.of(1975, 3, 1), "ACTIVE", 4);
  }

  public static List<RegisterMemberRow> members() {
    return List.of(
        new RegisterMemberRow(
            500,
            1,
            301L,
            "太郎",
            LocalDate.of(1950, 2, 3),
            "1",
            "渡邊\uDB40\uDD08　一郎",
            "渡邊\uDB40\uDD08　ハナ",
            "長男",
            false,
            1),
        new RegisterMemberRow(
            500,
            2,
            302L,
            "和子",
            LocalDate.of(1952, 7, 8),
            "2",
            "辻\uDB40\uDD02本　茂",
            "辻\uDB40\uDD02本　きく",
            "長女",
            false,
            1),
        new RegisterMemberRow(
            500,
            3,
            null,
            "次郎",
            LocalDate.of(1978, 12, 1),
            "1",
            "渡邊\uDB40\uDD08　太郎",
            "渡邊\uDB40\uDD08　和子",
            "二男",
            true,
            1));
  }

  public static CertificateContent.Register register(CertificateType type, int extraEntries) {
    List<RegisterMemberRow> members =
        type == CertificateType.KOSEKI_KOJIN ? List.of(members().get(1)) : members();
    List<RegisterEntryRow> registerEntries =
        List.of(
            new RegisterEntryRow(
                500, null, 1, "戸籍編製", LocalDate.of(1975, 3, 1), "【編製日】昭和50年3月1日", 1));
    List<RegisterEntryRow> many = new ArrayList<>();
    for (int i = 0; i < 3 + extraEntries; i++) {
      many.add(
          new RegisterEntryRow(
              500,
              2,
              10 + i,
              i == 0 ? "出生" : "婚姻",
              LocalDate.of(1952, 7, 8),
              i == 0
                  ? "【出生日】昭和27年7月8日\n【出生地】北海道函館市\n【届出日】昭和27年7月15日\n【届出人】父"
                  : "【婚姻日】昭和50年3月1日\n【配偶者氏名】渡邊\uDB40\uDD08太郎\n【従前戸籍】北海道函館市元町"
                      + i
                      + "番地　辻\uDB40\uDD02本茂",
              1));
    }
    Map<Integer, List<RegisterEntryRow>> personEntries =
        Map.of(
            1,
            List.of(
                new RegisterEntryRow(
                    500, 1, 2, "出生", LocalDate.of(1950, 2, 3), "【出生日】昭和25年2月3日\n【出生地】北海道函館市", 1)),
            2,
            many,
            3,
            List.of(
                new RegisterEntryRow(
                    500,
                    3,
                    30,
                    "除籍",
                    LocalDate.of(2003, 5, 5),
                    "【婚姻日】平成15年5月5日\n【新本籍】東京都千代田区千代田1番",
                    1)));
    ResidentRow requester = resident(302, "渡邊\uDB40\uDD08　和子", "", "妻");
    return new CertificateContent.Register(
        subject(requester, type, null),
        register(),
        members,
        registerEntries,
        personEntries,
        SourceVersions.builder().add(RegisterRow.TABLE, 500, 4).build());
  }

  public static CertificateContent.Fuhyo fuhyo(Scope scope) {
    List<RegisterMemberRow> members = scope == Scope.ALL ? members() : List.of(members().get(1));
    Map<Integer, List<AddressHistoryRow>> addresses =
        Map.of(
            1,
                List.of(
                    new AddressHistoryRow(500, 1, 1, "北海道函館市元町1番1号", LocalDate.of(1975, 3, 1), 1)),
            2,
                List.of(
                    new AddressHistoryRow(500, 2, 1, "北海道函館市元町1番1号", LocalDate.of(1975, 3, 1), 1),
                    new AddressHistoryRow(
                        500, 2, 2, "北海道函館市湯川町3丁目4番5号", LocalDate.of(2019, 5, 1), 1)),
            3,
                List.of(
                    new AddressHistoryRow(
                        500, 3, 1, "北海道函館市元町1番1号", LocalDate.of(1978, 12, 1), 1)));
    ResidentRow requester = resident(302, "和子", "", "妻");
    return new CertificateContent.Fuhyo(
        subject(
            requester,
            CertificateType.KOSEKI_FUHYO,
            new CertificateOptions(scope, false, false, false, null)),
        register(),
        members,
        addresses,
        SourceVersions.builder().build());
  }

  static SourceVersions versions(List<ResidentRow> rows) {
    SourceVersions.Builder b = SourceVersions.builder();
    rows.forEach(r -> b.add(ResidentRow.TABLE, r.atenaNo(), r.version()));
    return b.build();
  }

  /** A 15 mm round impression of 300 dpi, with the pHYs chunk ImageIO writes from metadata. */
  public static byte[] impression() {
    BufferedImage img = new BufferedImage(177, 177, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(190, 20, 20));
    g.setStroke(new java.awt.BasicStroke(8));
    g.drawOval(6, 6, 165, 165);
    g.fillRect(70, 40, 37, 97);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
