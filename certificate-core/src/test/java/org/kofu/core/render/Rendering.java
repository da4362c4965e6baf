package org.kofu.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.kofu.core.certificate.CertificateContent;

/** Shared renderers for the tests (the template compiles once) and PDF text extraction. */
final class Rendering {

  static final String NUMBER = "012025-261125-000042";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneId.of("UTC"));

  static final CertificateRenderer DEFAULT =
      new CertificateRenderer(CertificateProperties.defaults(), CLOCK);
  static final CertificateRenderer MY_NUMBER_ENABLED =
      new CertificateRenderer(
          new CertificateProperties(
              "函館市", "012025", "山田　太郎", "classpath:seal/demo-city-seal.jpg", true),
          CLOCK);

  private Rendering() {}

  /**
   * Rendered for the cache with the default configuration and stamped with {@link #NUMBER} on
   * 令和8年11月25日, after a round trip through the cache's form ({@link RenderedBodyCodec}), as the
   * relay serves a pre-generated body.
   */
  static byte[] issued(CertificateContent content) {
    return issued(DEFAULT, content);
  }

  static byte[] issued(CertificateRenderer renderer, CertificateContent content) {
    RenderedBody body = renderer.renderForCache(content);
    RenderedBody served =
        RenderedBodyCodec.decode(body.sources(), body.renderedAt(), RenderedBodyCodec.encode(body));
    return new BodyStamper().stamp(served, Fixtures.DAY, NUMBER);
  }

  /** Each page's text, NFKC-normalised, without white space and variation selectors. */
  static List<String> pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(normalize(stripper.getText(doc)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf) {
    return String.join("", pages(pdf));
  }

  /**
   * PDFBox returns some kanji as radical code points (氏 as U+2F52): NFKC folds them back. Variation
   * selectors never come back (the PDF's ToUnicode maps the variant glyph to its base).
   */
  static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("\\s+", "")
        .replaceAll("[\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]", "");
  }
}
