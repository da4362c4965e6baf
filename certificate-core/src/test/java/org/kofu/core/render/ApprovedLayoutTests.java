package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;

/**
 * Layout regression: each certificate's pages at 50 dpi against the approved images in {@code
 * src/test/resources/approved/}. After an intended layout change, look at the new pages and
 * re-approve with {@code mvn -pl certificate-core -am test -Dtest=ApprovedLayoutTests
 * -Dkofu.approve=true -Dsurefire.failIfNoSpecifiedTests=false}, which rewrites the images.
 */
class ApprovedLayoutTests {

  private static final float DPI = 50;
  private static final double TOLERATED_DIFFERENCE = 0.005;
  private static final Path APPROVED = Path.of("src/test/resources/approved");

  static Stream<Arguments> certificates() {
    return Stream.of(
        Arguments.of(
            "juminhyo-household",
            Fixtures.residents(
                CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.HOUSEHOLD, true, true, false))),
        Arguments.of(
            "juminhyo-kisai-self",
            Fixtures.residents(
                CertificateType.JUMINHYO_KISAI, Fixtures.juminhyo(Scope.SELF, true, false, false))),
        Arguments.of(
            "juminhyo-renki-household",
            FormFixtures.residents(
                CertificateType.JUMINHYO, Scope.HOUSEHOLD, ResidentForm.RENKI, true)),
        Arguments.of(
            "juminhyo-kojin-self",
            FormFixtures.residents(CertificateType.JUMINHYO, Scope.SELF, ResidentForm.KOJIN, true)),
        Arguments.of(
            "juminhyo-kisai-kojin-household",
            FormFixtures.residents(
                CertificateType.JUMINHYO_KISAI, Scope.HOUSEHOLD, ResidentForm.KOJIN, false)),
        Arguments.of("inkan", Fixtures.seal()),
        Arguments.of("koseki-zenbu", Fixtures.register(CertificateType.KOSEKI_ZENBU, 12)),
        Arguments.of("koseki-kojin", Fixtures.register(CertificateType.KOSEKI_KOJIN, 0)),
        Arguments.of("koseki-fuhyo-all", Fixtures.fuhyo(Scope.ALL)),
        Arguments.of("shotoku-kazei", Fixtures.tax()),
        Arguments.of("shotoku", Fixtures.tax(CertificateType.SHOTOKU)),
        Arguments.of("kazei", Fixtures.tax(CertificateType.KAZEI)),
        Arguments.of("hikazei", Fixtures.untaxed(CertificateType.KAZEI)),
        Arguments.of("juminhyo-gaiji", GaijiFixtures.juminhyo()),
        Arguments.of("koseki-zenbu-gaiji", GaijiFixtures.koseki()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("certificates")
  void pagesLookAsApproved(String name, CertificateContent content) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Rendering.issued(content))) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage actual = renderer.renderImageWithDPI(p, DPI);
        String file = "%s-%d.png".formatted(name, p + 1);
        if (Boolean.getBoolean("kofu.approve")) {
          Files.createDirectories(APPROVED);
          ImageIO.write(actual, "png", APPROVED.resolve(file).toFile());
          continue;
        }
        try (InputStream in = getClass().getResourceAsStream("/approved/" + file)) {
          assertThat(in).as("approved image %s (see class comment to approve)", file).isNotNull();
          assertThat(difference(ImageIO.read(in), actual))
              .as(file)
              .isLessThanOrEqualTo(TOLERATED_DIFFERENCE);
        }
      }
      String beyondLast = "%s-%d.png".formatted(name, doc.getNumberOfPages() + 1);
      if (Boolean.getBoolean("kofu.approve")) {
        Files.deleteIfExists(APPROVED.resolve(beyondLast));
      } else {
        assertThat(getClass().getResource("/approved/" + beyondLast))
            .as("approved %s has a page the rendering lost", beyondLast)
            .isNull();
      }
    }
  }

  /** The fraction of pixels that differ visibly; 1 when the sizes differ. */
  static double difference(BufferedImage expected, BufferedImage actual) {
    if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
      return 1;
    }
    long differing = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int a = expected.getRGB(x, y);
        int b = actual.getRGB(x, y);
        int d =
            Math.max(
                Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)),
                Math.max(
                    Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF)),
                    Math.abs((a & 0xFF) - (b & 0xFF))));
        differing += d > 64 ? 1 : 0;
      }
    }
    return (double) differing / (expected.getWidth() * expected.getHeight());
  }
}
