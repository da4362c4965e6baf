package org.kofu.core.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.MjFont;

/**
 * The IPAmj明朝 subsets one document embeds: exactly its MJ glyphs, which the filled texts name as
 * {@link FontCatalog#PRIVATE_USE} + glyph id. Each subset maps a glyph from the Unicode character
 * it stands for (a variant from its base), so the PDF's ToUnicode gives that character; two glyphs
 * of one character (葛 and 葛󠄂 both from IPAmj) go to two subsets. A glyph with no Unicode character
 * keeps its private-use code point.
 */
public final class DocumentMjFonts {

  static final DocumentMjFonts NONE = new DocumentMjFonts(Map.of(), Map.of());

  private final Map<Integer, BaseFont> fontOf;
  private final Map<Integer, Integer> shownOf;

  private DocumentMjFonts(Map<Integer, BaseFont> fontOf, Map<Integer, Integer> shownOf) {
    this.fontOf = fontOf;
    this.shownOf = shownOf;
  }

  public static boolean isMj(int codePoint) {
    return codePoint >= FontCatalog.PRIVATE_USE && codePoint < FontCatalog.PRIVATE_USE + 0xFFFE;
  }

  /** The subsets of the MJ glyphs {@code print} shows, deflated at {@code level}. */
  static DocumentMjFonts of(JasperPrint print, int level) {
    TreeSet<Integer> used = new TreeSet<>();
    for (JRPrintPage page : print.getPages()) {
      collect(page.getElements(), used);
    }
    if (used.isEmpty()) {
      return NONE;
    }
    MjFont mj = MjFont.shared();
    List<SortedMap<Integer, Integer>> subsets = new ArrayList<>();
    Map<Integer, Integer> subsetOf = new HashMap<>();
    Map<Integer, Integer> shownOf = new HashMap<>();
    for (int cp : used) {
      int glyph = cp - FontCatalog.PRIVATE_USE;
      int text = mj.textOf(glyph);
      int shown = text < 0 ? cp : text;
      int k = 0;
      while (k < subsets.size() && subsets.get(k).containsKey(shown)) {
        k++;
      }
      if (k == subsets.size()) {
        subsets.add(new TreeMap<>());
      }
      subsets.get(k).put(shown, glyph);
      subsetOf.put(cp, k);
      shownOf.put(cp, shown);
    }
    List<BaseFont> fonts = new ArrayList<>(subsets.size());
    for (int k = 0; k < subsets.size(); k++) {
      fonts.add(font(subsets.get(k), k, level));
    }
    Map<Integer, BaseFont> fontOf = new HashMap<>();
    subsetOf.forEach((cp, k) -> fontOf.put(cp, fonts.get(k)));
    return new DocumentMjFonts(fontOf, shownOf);
  }

  /** The subset that draws {@code codePoint} (an MJ glyph's private-use code point). */
  BaseFont font(int codePoint) {
    BaseFont font = fontOf.get(codePoint);
    if (font == null) {
      throw new IllegalStateException("U+%04X is in no MJ subset".formatted(codePoint));
    }
    return font;
  }

  /** What the PDF string holds for {@code codePoint} in its subset. */
  int shown(int codePoint) {
    return shownOf.get(codePoint);
  }

  private static void collect(List<JRPrintElement> elements, TreeSet<Integer> used) {
    for (JRPrintElement e : elements) {
      if (e instanceof JRPrintFrame frame) {
        collect(frame.getElements(), used);
      } else if (e instanceof JRPrintText text && text.getFullText() != null) {
        text.getFullText().codePoints().filter(DocumentMjFonts::isMj).forEach(used::add);
      }
    }
  }

  private static final int KEPT = 1024;

  // the last subsets OpenPDF read, by glyphs and compression level: documents share a BaseFont as
  // they share the main Mincho's (PdfFonts), and reading one costs up to 0.7 ms
  private static final Map<String, BaseFont> PARSED =
      new java.util.LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BaseFont> eldest) {
          return size() > KEPT;
        }
      };

  private static BaseFont font(SortedMap<Integer, Integer> shown, int k, int level) {
    String glyphs = shown.toString();
    String key = glyphs + "@" + level + "#" + k;
    synchronized (PARSED) {
      BaseFont parsed = PARSED.get(key);
      if (parsed != null) {
        return parsed;
      }
    }
    BaseFont font = parse(MjFont.shared().subset(shown), tag(glyphs, k), level);
    synchronized (PARSED) {
      PARSED.put(key, font);
    }
    return font;
  }

  private static BaseFont parse(byte[] subset, String tag, int level) {
    try {
      BaseFont font =
          BaseFont.createFont(
              "kofu-mj.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, subset, null);
      font.setCompressionLevel(level);
      // the program already holds just the document's glyphs: embedded whole, OpenPDF does not
      // subset it again for every document; the subset's name then takes its tag from here
      font.setSubset(false);
      font.setPostscriptFontName(tag + "+" + font.getPostscriptFontName());
      return font;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("an IPAmj明朝 subset OpenPDF cannot read", e);
    }
  }

  /**
   * The six capitals a subset's name begins with, from its glyphs, the last from its place among
   * the document's subsets: two subsets of one document never share a tag.
   */
  static String tag(String glyphs, int k) {
    char[] tag = new char[6];
    long h = Integer.toUnsignedLong(glyphs.hashCode());
    for (int i = 0; i < 5; i++) {
      tag[i] = (char) ('A' + h % 26);
      h /= 26;
    }
    tag[5] = (char) ('A' + k % 26);
    return new String(tag);
  }
}
