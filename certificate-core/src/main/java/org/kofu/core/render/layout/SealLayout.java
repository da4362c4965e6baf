package org.kofu.core.render.layout;

import org.kofu.core.certificate.CertificateContent.Seal;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.SealRow;

/** 印鑑登録証明書: the impression at true size in its frame, then who registered it. */
final class SealLayout {

  private SealLayout() {}

  static void write(Seal content, Rows rows) {
    ResidentRow r = content.resident();
    SealRow seal = content.seal();
    // An abolished registration or a person who left is never certified, whatever the caller says.
    if (!seal.isActive() || !r.isActive() || seal.atenaNo() != r.atenaNo()) {
      throw new IllegalArgumentException(
          "seal registration " + seal.inkanNo() + " not certifiable");
    }
    rows.image("印影", () -> Impression.atTrueSize(seal.ineiPng()));
    rows.field("氏名", r.shimei(), ResidentLayout.key(r, "shimei"));
    rows.date("生年月日", r.birthDate(), ResidentLayout.key(r, "birth_date"));
    rows.field("性別", Sex.label(r.sex()), ResidentLayout.key(r, "sex"));
    rows.field("住所", Address.printed(r, rows), Rows.PREPARED);
  }
}
