package org.kofu.core.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import org.kofu.core.render.font.FontCatalog;

/**
 * Draws one filled text, left, centred or right: its lines (explicit breaks, then wrapped to the
 * width one character at a time as Japanese is), each a sequence of runs in the main Mincho, its
 * extension or the document's IPAmj明朝 subsets; and a row's label, if the element carries one.
 */
final class TextDrawing {

  /**
   * A row's label: a property of its value's element, drawn at the element's left edge on the
   * value's first line, so that a row fills one text element instead of two.
   */
  static final String LABEL_PROPERTY = "kofu.label";

  private static final float LABEL_INSET = 2;

  private TextDrawing() {}

  /** A piece of text in one font. */
  record Run(BaseFont font, String text) {}

  static void draw(
      JRPrintText e,
      PdfFonts fonts,
      DocumentMjFonts mj,
      int x,
      int y,
      float pageHeight,
      PdfContentByte cb) {
    String text = e.getFullText();
    if (text == null || text.isEmpty()) {
      return;
    }
    Integer truncate = e.getTextTruncateIndex();
    if (truncate != null) {
      text = text.substring(0, truncate);
    }
    float size = e.getFontSize();
    JRLineBox box = e.getLineBox();
    float left = x + box.getLeftPadding();
    float width = e.getWidth() - box.getLeftPadding() - box.getRightPadding();
    BaseFont main = fonts.family(e.getFontName());
    List<Run> runs = runs(text, main, fonts, mj);
    float lineHeight = size * Math.max(1f, e.getLineSpacingFactor());
    float baseline =
        pageHeight - y - box.getTopPadding() - main.getFontDescriptor(BaseFont.ASCENT, size);
    HorizontalTextAlignEnum align = e.getHorizontalTextAlign();
    cb.beginText();
    Color color = e.getForecolor();
    cb.setColorFill(color == null ? Color.BLACK : color);
    String label = e.getPropertiesMap().getProperty(LABEL_PROPERTY);
    if (label != null) {
      cb.setTextMatrix(x + LABEL_INSET, baseline);
      for (Run r : runs(label, main, fonts, mj)) {
        cb.setFontAndSize(r.font(), size);
        cb.showText(r.text());
      }
    }
    for (List<Run> line : lines(runs, size, width, fonts)) {
      float lineWidth = 0;
      for (Run r : line) {
        for (int i = 0; i < r.text().length(); ) {
          int cp = r.text().codePointAt(i);
          lineWidth += fonts.width(r.font(), cp, size);
          i += Character.charCount(cp);
        }
      }
      float slack = width - lineWidth;
      float shift =
          align == HorizontalTextAlignEnum.RIGHT
              ? slack
              : align == HorizontalTextAlignEnum.CENTER ? slack / 2 : 0;
      cb.setTextMatrix(left + shift, baseline);
      for (Run r : line) {
        cb.setFontAndSize(r.font(), size);
        cb.showText(r.text());
      }
      baseline -= lineHeight;
    }
    cb.endText();
  }

  static List<List<Run>> lines(List<Run> runs, float size, float width, PdfFonts fonts) {
    List<List<Run>> lines = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    float used = 0;
    for (Run run : runs) {
      StringBuilder piece = new StringBuilder();
      String t = run.text();
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        i += Character.charCount(cp);
        if (cp == '\n') {
          flush(line, run.font(), piece);
          lines.add(line);
          line = new ArrayList<>();
          used = 0;
          continue;
        }
        float w = fonts.width(run.font(), cp, size);
        if (used + w > width + 0.01f && used > 0) {
          flush(line, run.font(), piece);
          lines.add(line);
          line = new ArrayList<>();
          used = 0;
        }
        piece.appendCodePoint(cp);
        used += w;
      }
      flush(line, run.font(), piece);
    }
    lines.add(line);
    return lines;
  }

  private static void flush(List<Run> line, BaseFont font, StringBuilder piece) {
    if (!piece.isEmpty()) {
      line.add(new Run(font, piece.toString()));
      piece.setLength(0);
    }
  }

  /**
   * Runs of the main Mincho, of its extension for what JIS X 0208 lacks, and of the document's
   * IPAmj明朝 subsets for what both lack. Most certificates only ever embed the main font.
   */
  static List<Run> runs(String text, BaseFont main, PdfFonts fonts, DocumentMjFonts mj) {
    FontCatalog catalog = FontCatalog.shared();
    List<Run> runs = new ArrayList<>(1);
    StringBuilder piece = new StringBuilder(text.length());
    BaseFont current = main;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int shown = cp;
      BaseFont font = main;
      if (DocumentMjFonts.isMj(cp)) {
        font = mj.font(cp);
        shown = mj.shown(cp);
      } else if (cp != '\n' && !catalog.mainDraws(cp)) {
        if (!catalog.extDraws(cp)) {
          throw new IllegalStateException("U+%04X passed the glyph coverage".formatted(cp));
        }
        font = fonts.ext();
      }
      if (font != current) {
        flush(runs, current, piece);
        current = font;
      }
      piece.appendCodePoint(shown);
    }
    flush(runs, current, piece);
    return runs;
  }
}
