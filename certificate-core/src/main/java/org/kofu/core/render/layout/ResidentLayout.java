package org.kofu.core.render.layout;

import org.kofu.core.certificate.CertificateContent.Residents;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/** 住民票の写し and 記載事項証明書: one block per person in scope, with the options' extras. */
final class ResidentLayout {

  private ResidentLayout() {}

  static void write(Residents content, boolean myNumberEnabled, Rows rows) {
    CertificateOptions options = content.subject().options();
    CertificateType type = content.subject().type();
    if (type != CertificateType.JUMINHYO && type != CertificateType.JUMINHYO_KISAI) {
      throw new IllegalArgumentException("resident content for " + type);
    }
    boolean showMyNumber = myNumberEnabled && options.myNumber();
    if (options.householder() && content.householder() != null) {
      ResidentRow head = content.householder();
      rows.field("世帯主", head.shimei(), key(head, "shimei"));
    }
    int n = 0;
    for (ResidentRow p : content.persons()) {
      rows.heading("（" + ++n + "）");
      person(p, rows);
      if (options.householder()) {
        rows.field("続柄", p.zokugara(), key(p, "zokugara"));
      }
      if (options.honseki() && !p.isForeigner()) {
        rows.field("本籍", p.honseki(), key(p, "honseki"));
        rows.field("筆頭者", p.hittosha(), key(p, "hittosha"));
      }
      if (p.isForeigner()) {
        ResidentRow.Foreigner f = p.foreigner();
        rows.field("国籍・地域", f.kokuseki(), key(p, "kokuseki"));
        rows.field("在留資格", f.zairyuShikaku(), key(p, "zairyu_shikaku"));
        rows.field("在留期間", f.zairyuKikan(), key(p, "zairyu_kikan"));
        rows.date("在留期間の満了の日", f.zairyuManryoDate(), key(p, "zairyu_manryo_date"));
      }
      if (showMyNumber) {
        rows.field("個人番号", p.kojinBango(), key(p, "kojin_bango"));
      }
    }
  }

  private static void person(ResidentRow p, Rows rows) {
    rows.field("氏名", p.shimei(), key(p, "shimei"));
    rows.field("旧氏", p.kyushi(), key(p, "kyushi"));
    rows.field("通称", p.tsusho(), key(p, "tsusho"));
    rows.field("フリガナ", p.shimeiKana(), key(p, "shimei_kana"));
    rows.date("生年月日", p.birthDate(), key(p, "birth_date"));
    rows.field("性別", Sex.label(p.sex()), key(p, "sex"));
    rows.date("住民となった年月日", p.juminDate(), key(p, "jumin_date"));
    rows.field("住所", Address.withKatagaki(p.address(), p.katagaki()), key(p, "address"));
    rows.date("住所を定めた年月日", p.juteiDate(), key(p, "jutei_date"));
    if (p.prevAddress() != null) {
      rows.date("届出日", p.todokeDate(), key(p, "todoke_date"));
      rows.field("前住所", p.prevAddress(), key(p, "prev_address"));
    }
  }

  static String key(ResidentRow row, String column) {
    return ResidentRow.TABLE + ":" + row.atenaNo() + " " + column;
  }
}
