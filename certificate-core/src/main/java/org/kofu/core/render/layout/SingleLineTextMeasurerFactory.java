package org.kofu.core.render.layout;

import com.lowagie.text.pdf.BaseFont;
import java.awt.font.TextAttribute;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextMeasurerFactory;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.pdf.PdfFonts;

/**
 * JasperReports' text measurer with a shortcut for what most certificate fields are: one line in
 * the main Mincho that fits its box. Such a text's measure differs from another's only in its
 * length, so the line metrics JasperReports computed for the first one of a font size are reused
 * and the width is summed from the font's advance widths (a character the main Mincho lacks counts
 * as JasperReports counts it, as the missing glyph); everything else (several lines, continued
 * texts, other font families, texts near the edge) goes to JasperReports' measurer.
 */
public final class SingleLineTextMeasurerFactory implements JRTextMeasurerFactory {

  private static final Map<String, JRMeasuredText> LINE_METRICS = new ConcurrentHashMap<>();

  private static final float MISSING_GLYPH_EMS = FontCatalog.shared().mainMissingGlyphEms();

  @Override
  public JRTextMeasurer createMeasurer(JasperReportsContext context, JRCommonText element) {
    TextMeasurer jasper = new TextMeasurer(context, element);
    return (text, start, stretchHeight, canOverflow, dynamicHeight) -> {
      String key = singleLineKey(element, text, start, stretchHeight);
      JRMeasuredText metrics = key == null ? null : LINE_METRICS.get(key);
      if (metrics != null) {
        return new Line(metrics, text.length());
      }
      JRMeasuredText measured =
          jasper.measure(text, start, stretchHeight, canOverflow, dynamicHeight);
      if (key != null
          && measured.getTextOffset() == text.length()
          && !measured.isParagraphCut()
          && measured.getTextSuffix() == null
          && measured.getTextHeight() > 0
          && (measured.getLineBreakOffsets() == null
              || measured.getLineBreakOffsets().length == 0)) {
        LINE_METRICS.putIfAbsent(key, measured);
      }
      return measured;
    };
  }

  /** The cache key of a text that surely fits on one line of its box, or null. */
  private static String singleLineKey(
      JRCommonText element, JRStyledText text, int start, int stretchHeight) {
    String s = text.getText();
    if (start != 0 || s.isEmpty() || text.getRuns().size() != 1) {
      return null;
    }
    Map<?, ?> attributes = text.getGlobalAttributes();
    Object family = attributes.get(TextAttribute.FAMILY);
    Object size = attributes.get(TextAttribute.SIZE);
    if (!FontCatalog.MAIN_FAMILY.equals(family) || !(size instanceof Float points)) {
      return null;
    }
    FontCatalog catalog = FontCatalog.shared();
    PdfFonts fonts = PdfFonts.shared();
    BaseFont font = fonts.family(FontCatalog.MAIN_FAMILY);
    float width = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        return null;
      }
      // JasperReports measures what the main Mincho lacks (the extension's characters, IPAmj
      // glyphs) as the main Mincho's missing glyph: the same line, of that glyph's width
      width += catalog.mainDraws(c) ? fonts.width(font, c, points) : points * MISSING_GLYPH_EMS;
    }
    JRLineBox box = element.getLineBox();
    float available = element.getWidth() - box.getLeftPadding() - box.getRightPadding();
    float height =
        element.getHeight() - box.getTopPadding() - box.getBottomPadding() + stretchHeight;
    // Keep clear of the edge, where rounding could make JasperReports wrap.
    if (width > available - 2 || height < points * 1.2f) {
      return null;
    }
    return family + "/" + points + "/" + element.getParagraph().getLineSpacing();
  }

  /** One line with the metrics of an earlier line of the same font and size. */
  private record Line(JRMeasuredText metrics, int length) implements JRMeasuredText {
    @Override
    public float getLeadingOffset() {
      return metrics.getLeadingOffset();
    }

    @Override
    public float getLineSpacingFactor() {
      return metrics.getLineSpacingFactor();
    }

    @Override
    public float getTextWidth() {
      return metrics.getTextWidth();
    }

    @Override
    public float getAverageCharWidth() {
      return metrics.getAverageCharWidth();
    }

    @Override
    public float getTextHeight() {
      return metrics.getTextHeight();
    }

    @Override
    public int getTextOffset() {
      return length;
    }

    @Override
    public boolean isLeftToRight() {
      return true;
    }

    @Override
    public boolean isParagraphCut() {
      return false;
    }

    @Override
    public String getTextSuffix() {
      return null;
    }

    @Override
    public short[] getLineBreakOffsets() {
      return null;
    }
  }
}
