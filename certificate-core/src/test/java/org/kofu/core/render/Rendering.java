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
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.MjFont;
import org.kofu.demodata.generate.MjCharacters;

/** Shared renderers for the tests (the template compiles once) and PDF text extraction. */
public final class Rendering {

  public static final String NUMBER = "012025-261125-000042";
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneId.of("UTC"));

  public static final CertificateRenderer DEFAULT =
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
  public static byte[] issued(CertificateContent content) {
    return issued(DEFAULT, content);
  }

  static byte[] issued(CertificateRenderer renderer, CertificateContent content) {
    RenderedBody body = renderer.renderForCache(content);
    RenderedBody served =
        RenderedBodyCodec.decode(body.sources(), body.renderedAt(), RenderedBodyCodec.encode(body));
    return new BodyStamper().stamp(served, Fixtures.DAY, NUMBER);
  }

  /** Each page's text, NFKC-normalised, without white space and variation selectors. */
  public static List<String> pages(byte[] pdf) {
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

  public static String text(byte[] pdf) {
    return String.join("", pages(pdf));
  }

  /**
   * What the text layer holds for a text as the existing systems store it or as the assembler gives
   * it: a demo 外字 (its {@code gaiji} row in the generated data) and an MJ glyph named by its
   * MJ文字図形名 become the Unicode character the glyph stands for, or its private-use code point
   * ({@link FontCatalog#PRIVATE_USE} + glyph) when it has none.
   */
  static String printedForm(String s) {
    if (s.codePoints()
        .noneMatch(cp -> cp >= 0xE000 && cp <= 0xF8FF || cp >= FontCatalog.MJ_GLYPH)) {
      return s;
    }
    MjFont mj = MjFont.shared();
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              int glyph = -1;
              if (cp >= FontCatalog.MJ_GLYPH) {
                glyph = cp - FontCatalog.MJ_GLYPH;
              } else if (cp >= MjCharacters.FIRST_PUA
                  && cp - MjCharacters.FIRST_PUA < MjCharacters.all().size()) {
                MjCharacters.MjCharacter c = MjCharacters.all().get(cp - MjCharacters.FIRST_PUA);
                if (c.mappedToUcs(cp - MjCharacters.FIRST_PUA)) {
                  out.append(c.unicode());
                  return;
                }
                glyph = mj.glyphOfMj(Integer.parseInt(c.mjCode().substring(2)));
              }
              if (glyph < 0) {
                out.appendCodePoint(cp);
              } else {
                int text = mj.textOf(glyph);
                out.appendCodePoint(text < 0 ? FontCatalog.PRIVATE_USE + glyph : text);
              }
            });
    return out.toString();
  }

  /**
   * PDFBox returns some kanji as radical code points (氏 as U+2F52): NFKC folds them back. Variation
   * selectors never come back (the PDF's ToUnicode maps the variant glyph to its base).
   */
  public static String normalize(String s) {
    return Normalizer.normalize(printedForm(s), Normalizer.Form.NFKC)
        .replaceAll("\\s+", "")
        .replaceAll("[\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]", "");
  }
}
