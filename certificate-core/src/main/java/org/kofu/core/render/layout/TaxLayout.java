package org.kofu.core.render.layout;

import org.kofu.core.certificate.CertificateContent.Tax;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.TaxRow;
import org.kofu.wareki.Wareki;

/**
 * The tax certificates of one 年度 (shared/spec/certificates.md): 所得・課税証明書 shows the person, the
 * incomes, the deductions and the taxes; 所得証明書 the income part without tax amounts; 課税証明書 (or
 * 非課税証明書) the 課税標準額 and the taxes.
 */
final class TaxLayout {

  private TaxLayout() {}

  static void write(Tax content, Rows rows) {
    ResidentRow r = content.resident();
    TaxRow t = content.tax();
    CertificateType type = content.subject().type();
    rows.field("年度", Wareki.fiscalYear(t.nendo()), TaxRow.TABLE + ":" + t.atenaNo() + " nendo");
    rows.field("住所", Address.printed(r, rows), Rows.PREPARED);
    rows.field("氏名", r.shimei(), ResidentLayout.key(r, "shimei"));
    if (type != CertificateType.KAZEI) {
      income(t, type == CertificateType.SHOTOKU_KAZEI, rows);
    }
    if (type != CertificateType.SHOTOKU) {
      taxes(t, type == CertificateType.KAZEI, rows);
    }
  }

  private static void income(TaxRow t, boolean withTaxBase, Rows rows) {
    rows.heading("所得の状況（" + Wareki.fiscalYear(t.nendo() - 1).replace("年度", "年") + "分）");
    rows.amount("給与収入", t.kyuyoShunyu());
    rows.amount("給与所得", t.kyuyoShotoku());
    rows.amount("公的年金等所得", t.nenkinShotoku());
    rows.amount("その他の所得", t.sonotaShotoku());
    rows.amount("合計所得金額", t.goukeiShotoku());
    rows.amount("所得控除合計", t.shotokuKojo());
    if (withTaxBase) {
      rows.amount("課税標準額", t.kazeiShotoku());
    }
    rows.count("扶養人数", t.fuyoCount() + "人");
  }

  private static void taxes(TaxRow t, boolean withTaxBase, Rows rows) {
    rows.heading("課税の状況");
    if (withTaxBase) {
      rows.amount("課税標準額", t.kazeiShotoku());
    }
    rows.amount("市民税額", t.shiminzei());
    rows.amount("道民税額", t.dominzei());
    rows.amount("合計税額", t.totalTax());
  }
}
