package org.kofu.core.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.kofu.core.render.font.FontCatalog;

/**
 * The three embedded fonts as OpenPDF fonts, read once per process from the classpath (a font read
 * from a file path again per document is ten times slower). Identity-H, embedded as subsets.
 */
final class PdfFonts {

  private static final PdfFonts SHARED =
      new PdfFonts(
          load("fonts/kofu-mincho.ttf"),
          load("fonts/kofu-mincho-ext.ttf"),
          load("fonts/kofu-mj.ttf"));

  private final BaseFont main;
  private final BaseFont ext;
  private final BaseFont mj;
  // OpenPDF looks widths up in a boxed map per character; text layout asks for every character.
  private final short[] mainWidths = new short[0x10000];

  private PdfFonts(BaseFont main, BaseFont ext, BaseFont mj) {
    this.main = main;
    this.ext = ext;
    this.mj = mj;
    for (int c = 0; c < mainWidths.length; c++) {
      mainWidths[c] = (short) main.getWidth(c);
    }
  }

  /** The advance of {@code codePoint} in {@code font} at {@code size} points. */
  float width(BaseFont font, int codePoint, float size) {
    if (font == main && codePoint < mainWidths.length) {
      return mainWidths[codePoint] * size / 1000f;
    }
    return font.getWidthPoint(codePoint, size);
  }

  static PdfFonts shared() {
    return SHARED;
  }

  BaseFont ext() {
    return ext;
  }

  BaseFont mj() {
    return mj;
  }

  BaseFont family(String name) {
    if (FontCatalog.MJ_FAMILY.equals(name)) {
      return mj;
    }
    if (name == null || FontCatalog.MAIN_FAMILY.equals(name)) {
      return main;
    }
    throw new IllegalArgumentException("no embedded font family " + name);
  }

  private static BaseFont load(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font resource missing: " + resource);
      }
      BaseFont font =
          BaseFont.createFont(
              resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
      // The cache keeps subsets inflated and the relay deflates them again per issuance
      // (StreamExpansion): the fastest level costs 4 % more bytes and a fifth of the time.
      font.setCompressionLevel(Deflater.BEST_SPEED);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(resource, e);
    }
  }
}
