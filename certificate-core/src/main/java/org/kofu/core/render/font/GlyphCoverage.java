package org.kofu.core.render.font;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a text to be printed into what the fonts draw, or refuses it. What the shipped Mincho fonts
 * draw stays as it is; a character they lack, a variation sequence, or a 外字 named by its MJ文字図形名
 * ({@link FontCatalog#MJ_NAMED}) becomes {@link FontCatalog#PRIVATE_USE} + its IPAmj glyph id,
 * which the PDF writer draws from a subset of IPAmj made for the document. Anything else (a code
 * point IPAmj lacks, an unlisted sequence, a Private Use Area character left unmapped) is an {@link
 * UndrawableCharacterException}. Never a blank or "?" on paper.
 */
public final class GlyphCoverage {

  private final FontCatalog fonts;
  // IPAmj is read the first time a text needs it: a process that prints none never holds it
  private final Supplier<MjFont> mj;

  public GlyphCoverage(FontCatalog fonts) {
    this.fonts = fonts;
    this.mj = MjFont::shared;
  }

  GlyphCoverage(FontCatalog fonts, MjFont mj) {
    this.fonts = fonts;
    this.mj = () -> mj;
  }

  /**
   * @param source names the field for errors, e.g. {@code madoguchi.jumin:123 shimei}
   * @return the text to fill, the same string when everything is in the Mincho fonts
   */
  public String prepare(String text, String source) {
    StringBuilder mapped = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int selector = selectorAt(text, next);
      int drawn = drawn(cp, selector);
      if (drawn < 0) {
        throw undrawable(source, selector == 0 ? new int[] {cp} : new int[] {cp, selector});
      }
      next += selector == 0 ? 0 : Character.charCount(selector);
      if (drawn != cp && mapped == null) {
        mapped = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (mapped != null) {
        mapped.appendCodePoint(drawn);
      }
      i = next;
    }
    return mapped == null ? text : mapped.toString();
  }

  /**
   * Each character or variation sequence of the text that {@link #prepare} would refuse, as its
   * code points ({@code U+2A6B2}, {@code U+845B U+E0103}), in order; empty when all print.
   */
  public List<String> undrawable(String text) {
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int selector = selectorAt(text, next);
      if (drawn(cp, selector) < 0) {
        refused.add(hex(selector == 0 ? new int[] {cp} : new int[] {cp, selector}));
      }
      i = next + (selector == 0 ? 0 : Character.charCount(selector));
    }
    return refused;
  }

  /** Whether the text holds nothing {@link #prepare} would refuse. */
  public boolean printable(String text) {
    return undrawable(text).isEmpty();
  }

  /** What a character (and the selector after it, 0: none) is drawn as, or -1: nothing draws it. */
  private int drawn(int cp, int selector) {
    if (selector != 0) {
      return inMj(mj.get().glyph(cp, selector));
    }
    if (cp >= FontCatalog.MJ_GLYPH && cp <= FontCatalog.MJ_GLYPH + 0xFFFD) {
      int glyph = cp - FontCatalog.MJ_GLYPH;
      return inMj(glyph > 0 && glyph < mj.get().glyphCount() ? glyph : -1);
    }
    if (isSelector(cp) || isPrivateUse(cp)) {
      return -1;
    }
    if (cp == '\n' || fonts.mainDraws(cp) || fonts.extDraws(cp)) {
      return cp;
    }
    return inMj(mj.get().glyph(cp, 0));
  }

  private static int selectorAt(String text, int at) {
    int selector = at < text.length() ? text.codePointAt(at) : 0;
    return isSelector(selector) ? selector : 0;
  }

  private static int inMj(int glyph) {
    return glyph < 0 ? -1 : FontCatalog.PRIVATE_USE + glyph;
  }

  private static boolean isSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  static boolean isPrivateUse(int cp) {
    return (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
  }

  private static UndrawableCharacterException undrawable(String source, int... codePoints) {
    return new UndrawableCharacterException(source, hex(codePoints));
  }

  private static String hex(int... codePoints) {
    StringBuilder s = new StringBuilder();
    for (int cp : codePoints) {
      s.append(s.isEmpty() ? "" : " ").append(String.format("U+%04X", cp));
    }
    return s.toString();
  }
}
