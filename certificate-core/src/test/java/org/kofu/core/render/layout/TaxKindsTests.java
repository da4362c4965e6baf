package org.kofu.core.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.core.render.Rendering.issued;
import static org.kofu.core.render.Rendering.normalize;
import static org.kofu.core.render.Rendering.text;

import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.render.Fixtures;

/**
 * 所得証明書 and 課税証明書 / 非課税証明書 (shared/spec/certificates.md v1.1), rendered and read back from the
 * PDF's text layer.
 */
class TaxKindsTests {

  @Test
  void shotokuShowsTheIncomeAndNoTaxAmounts() {
    String text = text(issued(Fixtures.tax(CertificateType.SHOTOKU)));

    assertThat(text)
        .contains("所得証明書")
        .doesNotContain("所得・課税証明書")
        .contains("年度令和7年度")
        .contains(normalize("氏名𠮷田　一郎"))
        .contains("所得の状況(令和6年分)")
        .contains("給与収入4,800,000円")
        .contains("給与所得3,460,000円")
        .contains("公的年金等所得0円")
        .contains("その他の所得120,000円")
        .contains("合計所得金額3,580,000円")
        .contains("所得控除合計1,230,000円")
        .contains("扶養人数2人")
        .contains("上記のとおり証明する。")
        .doesNotContain("課税標準額")
        .doesNotContain("市民税額")
        .doesNotContain("道民税額")
        .doesNotContain("合計税額")
        .doesNotContain("課税の状況");
  }

  @Test
  void kazeiShowsTheTaxBaseAndTheTaxesAndNoIncome() {
    String text = text(issued(Fixtures.tax(CertificateType.KAZEI)));

    assertThat(text)
        .contains("課税証明書")
        .doesNotContain("非課税証明書")
        .doesNotContain("所得・課税証明書")
        .contains("年度令和7年度")
        .contains(normalize("氏名𠮷田　一郎"))
        .contains("課税標準額2,350,000円")
        .contains("市民税額141,000円")
        .contains("道民税額94,000円")
        .contains("合計税額235,000円")
        .contains("上記のとおり証明する。")
        .doesNotContain("課されていない")
        .doesNotContain("給与収入")
        .doesNotContain("合計所得金額")
        .doesNotContain("扶養人数");
  }

  @Test
  void kazeiWithNoTaxDueIsTitledHikazeiWithItsSentence() {
    String text = text(issued(Fixtures.untaxed(CertificateType.KAZEI)));

    assertThat(text)
        .contains("非課税証明書")
        .contains("年度令和7年度")
        .contains("課税標準額0円")
        .contains("市民税額0円")
        .contains("道民税額0円")
        .contains("合計税額0円")
        .contains("上記の者は、令和7年度市民税・道民税が課されていないことを証明する。")
        .doesNotContain("上記のとおり証明する。")
        .doesNotContain("給与収入");
  }

  @Test
  void shotokuKazeiOfAnUntaxedPersonKeepsItsTitleAndSentence() {
    String text = text(issued(Fixtures.untaxed(CertificateType.SHOTOKU_KAZEI)));

    assertThat(text)
        .contains("所得・課税証明書")
        .doesNotContain("非課税証明書")
        .contains("給与収入900,000円")
        .contains("合計税額0円")
        .contains("上記のとおり証明する。")
        .doesNotContain("課されていない");
  }

  @Test
  void onlyAKazeiWithNoTaxDueChangesTitle() {
    assertThat(Sentences.title(Fixtures.untaxed(CertificateType.KAZEI))).isEqualTo("非課税証明書");
    assertThat(Sentences.title(Fixtures.tax(CertificateType.KAZEI))).isEqualTo("課税証明書");
    assertThat(Sentences.title(Fixtures.untaxed(CertificateType.SHOTOKU))).isEqualTo("所得証明書");
  }
}
