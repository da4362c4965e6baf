package org.kofu.core.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kofu.core.render.Rendering.issued;
import static org.kofu.core.render.Rendering.normalize;
import static org.kofu.core.render.Rendering.text;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.legacy.madoguchi.SealRow;
import org.kofu.core.render.Fixtures;
import org.kofu.core.render.Rendering;

class SealAndTaxCertificateTests {

  @Test
  void sealCertificateShowsImpressionAndRegistrant() throws IOException {
    byte[] pdf = issued(Fixtures.seal());

    assertThat(text(pdf))
        .contains("印鑑登録証明書")
        .contains("印影")
        .contains(normalize("氏名𠮷田　花子"))
        .contains("生年月日昭和55年4月3日")
        .contains("性別女")
        .contains("この写しは、登録されている印影と相違ないことを証明する。");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(images(doc.getPage(0).getResources())).as("impression and city seal").isEqualTo(2);
    }
  }

  private static int images(PDResources resources) throws IOException {
    int images = 0;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject) {
        images++;
      } else if (x instanceof PDFormXObject form && form.getResources() != null) {
        images += images(form.getResources());
      }
    }
    return images;
  }

  @Test
  void impressionPrintsAtTheResolutionItWasScannedAt() {
    assertThat(Impression.dpi(Fixtures.impression())).isEqualTo(300.0, within(1.0));
    var impression = Impression.atTrueSize(Fixtures.impression());
    assertThat(impression.getDimension(null).getWidth()).isEqualTo(177 / 300.0 * 72, within(0.01));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  @Test
  void abolishedRegistrationIsNeverCertified() {
    CertificateContent.Seal active = Fixtures.seal();
    SealRow s = active.seal();
    SealRow abolished =
        new SealRow(s.inkanNo(), s.atenaNo(), s.torokuDate(), "ABOLISHED", s.ineiPng(), 3);
    var content =
        new CertificateContent.Seal(
            active.subject(), active.resident(), abolished, active.sources());

    assertThatIllegalArgumentException().isThrownBy(() -> Rendering.DEFAULT.render(content));
  }

  @Test
  void taxCertificateShowsYearAmountsAndTotalTax() {
    String text = text(issued(Fixtures.tax()));

    assertThat(text)
        .contains("所得・課税証明書")
        .contains("年度令和7年度")
        .contains("所得の状況(令和6年分)")
        .contains("給与収入4,800,000円")
        .contains("給与所得3,460,000円")
        .contains("公的年金等所得0円")
        .contains("その他の所得120,000円")
        .contains("合計所得金額3,580,000円")
        .contains("所得控除合計1,230,000円")
        .contains("課税標準額2,350,000円")
        .contains("扶養人数2人")
        .contains("市民税額141,000円")
        .contains("道民税額94,000円")
        .contains("合計税額235,000円")
        .contains("上記のとおり証明する。")
        .contains(normalize("氏名𠮷田　一郎"))
        .doesNotContain("個人番号");
    assertThat(LocalDate.of(2026, 11, 25)).isEqualTo(Fixtures.DAY);
  }
}
