package org.kofu.core.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.kofu.core.render.font.FontCatalog;

/**
 * The two shipped Mincho fonts as OpenPDF fonts, read once per process from the classpath (a font
 * read from a file path again per document is ten times slower). Identity-H, embedded as subsets,
 * which OpenPDF writes at the font's compression level: one set deflates them at the fastest level
 * (the PDFs served), another, loaded on first use, stores them (the PDFs rendered for the cache,
 * see {@code StreamCompression}). A font's level is read when a document closes, so the two sets
 * cannot be one set switched per document.
 */
public final class PdfFonts {

  private static final PdfFonts SHARED = load(Deflater.BEST_SPEED);

  /** Loaded on first use: only processes that render for the cache need it. */
  private static final class Stored {
    static final PdfFonts FONTS = load(Deflater.NO_COMPRESSION);
  }

  private final BaseFont main;
  private final BaseFont ext;
  // OpenPDF looks widths up in a boxed map per character; text layout asks for every character.
  private final short[] mainWidths = new short[0x10000];

  private PdfFonts(BaseFont main, BaseFont ext) {
    this.main = main;
    this.ext = ext;
    for (int c = 0; c < mainWidths.length; c++) {
      mainWidths[c] = (short) main.getWidth(c);
    }
  }

  /** The advance of {@code codePoint} in {@code font} at {@code size} points. */
  public float width(BaseFont font, int codePoint, float size) {
    if (font == main && codePoint < mainWidths.length) {
      return mainWidths[codePoint] * size / 1000f;
    }
    return font.getWidthPoint(codePoint, size);
  }

  /** The fonts whose subsets are deflated at the fastest level. */
  public static PdfFonts shared() {
    return SHARED;
  }

  /** The fonts whose subsets are stored (zlib stored blocks). */
  public static PdfFonts stored() {
    return Stored.FONTS;
  }

  private static PdfFonts load(int level) {
    return new PdfFonts(
        load("fonts/kofu-mincho.ttf", level), load("fonts/kofu-mincho-ext.ttf", level));
  }

  BaseFont ext() {
    return ext;
  }

  public BaseFont family(String name) {
    if (name == null || FontCatalog.MAIN_FAMILY.equals(name)) {
      return main;
    }
    throw new IllegalArgumentException("no embedded font family " + name);
  }

  private static BaseFont load(String resource, int level) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font resource missing: " + resource);
      }
      BaseFont font =
          BaseFont.createFont(
              resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
      // served PDFs use the fastest level: 4 % more bytes than the default one, a fifth of the time
      font.setCompressionLevel(level);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(resource, e);
    }
  }
}
