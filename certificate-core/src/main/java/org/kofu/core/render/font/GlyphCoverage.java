package org.kofu.core.render.font;

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
  private final MjFont mj;

  public GlyphCoverage(FontCatalog fonts) {
    this(fonts, MjFont.shared());
  }

  GlyphCoverage(FontCatalog fonts, MjFont mj) {
    this.fonts = fonts;
    this.mj = mj;
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
      int selector = next < text.length() ? text.codePointAt(next) : 0;
      int drawn = cp;
      if (isSelector(selector)) {
        drawn = inMj(mj.glyph(cp, selector), source, cp, selector);
        next += Character.charCount(selector);
      } else if (cp >= FontCatalog.MJ_GLYPH && cp <= FontCatalog.MJ_GLYPH + 0xFFFD) {
        int glyph = cp - FontCatalog.MJ_GLYPH;
        drawn = inMj(glyph > 0 && glyph < mj.glyphCount() ? glyph : -1, source, cp);
      } else if (isSelector(cp) || isPrivateUse(cp)) {
        throw undrawable(source, cp);
      } else if (cp != '\n' && !fonts.mainDraws(cp) && !fonts.extDraws(cp)) {
        drawn = inMj(mj.glyph(cp, 0), source, cp);
      }
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

  /** Whether the text holds nothing {@link #prepare} would refuse. */
  public boolean printable(String text) {
    try {
      prepare(text, "");
      return true;
    } catch (UndrawableCharacterException e) {
      return false;
    }
  }

  private static int inMj(int glyph, String source, int... codePoints) {
    if (glyph < 0) {
      throw undrawable(source, codePoints);
    }
    return FontCatalog.PRIVATE_USE + glyph;
  }

  private static boolean isSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  static boolean isPrivateUse(int cp) {
    return (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
  }

  private static UndrawableCharacterException undrawable(String source, int... codePoints) {
    StringBuilder s = new StringBuilder();
    for (int cp : codePoints) {
      s.append(s.isEmpty() ? "" : " ").append(String.format("U+%04X", cp));
    }
    return new UndrawableCharacterException(source, s.toString());
  }
}
