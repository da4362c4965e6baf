package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;

/** A missing font fails silently in JasperReports (Helvetica, Japanese gone): check every PDF. */
class EmbeddedFontsTests {

  static Stream<CertificateContent> everyType() {
    return Stream.of(
        Fixtures.residents(
            CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, true, true, false)),
        Fixtures.residents(
            CertificateType.JUMINHYO_KISAI, Fixtures.juminhyo(Scope.HOUSEHOLD, true, false, false)),
        Fixtures.seal(),
        Fixtures.register(CertificateType.KOSEKI_ZENBU, 0),
        Fixtures.register(CertificateType.KOSEKI_KOJIN, 0),
        Fixtures.fuhyo(Scope.ALL),
        Fixtures.tax());
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void everyPageUsesOnlyTheEmbeddedIdentityHSubsets(CertificateContent content) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Rendering.issued(content))) {
      Set<String> families = new HashSet<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font).isInstanceOf(PDType0Font.class);
          PDType0Font type0 = (PDType0Font) font;
          assertThat(type0.getCOSObject().getCOSName(COSName.ENCODING))
              .isEqualTo(COSName.IDENTITY_H);
          assertThat(type0.getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
          assertThat(type0.isEmbedded()).isTrue();
          assertThat(type0.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
          assertThat(font.getName()).matches("[A-Z]{6}\\+Kofu(Mincho|MinchoExt|MJ)");
          families.add(font.getName().substring(7));
        }
      }
      assertThat(families).contains("KofuMincho");
    }
  }
}
