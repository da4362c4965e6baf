package org.kofu.core.render.font;

/**
 * Turns a text to be printed into what the fonts draw, or refuses it. A variation sequence listed
 * in {@code kofu-mj.map} becomes one private-use code point that the PDF writer draws in the MJ
 * supplement as the sequence's variant glyph; a lone character the main Mincho lacks stays as it is
 * if the supplement has it; anything else is an {@link UndrawableCharacterException}. Never a blank
 * or "?" on paper. Plain text throughout, so no markup parsing when filling.
 */
public final class GlyphCoverage {

  private final FontCatalog fonts;

  public GlyphCoverage(FontCatalog fonts) {
    this.fonts = fonts;
  }

  /**
   * @param source names the field for errors, e.g. {@code madoguchi.jumin:123 shimei}
   * @return the text to fill, the same string when it holds no variation sequence
   */
  public String prepare(String text, String source) {
    StringBuilder mapped = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int selector = next < text.length() ? text.codePointAt(next) : 0;
      if (isSelector(selector)) {
        if (mapped == null) {
          mapped = new StringBuilder(text.length()).append(text, 0, i);
        }
        mapped.appendCodePoint(drawnInMj(cp, selector, source));
        i = next + Character.charCount(selector);
        continue;
      }
      if (isSelector(cp)) {
        throw undrawable(source, cp);
      }
      if (!fonts.mainDraws(cp) && !fonts.extDraws(cp) && cp != '\n') {
        drawnInMj(cp, 0, source);
      }
      if (mapped != null) {
        mapped.appendCodePoint(cp);
      }
      i = next;
    }
    return mapped == null ? text : mapped.toString();
  }

  private int drawnInMj(int base, int selector, String source) {
    int drawn = fonts.mjCodePoint(base, selector);
    if (drawn < 0) {
      throw selector == 0 ? undrawable(source, base) : undrawable(source, base, selector);
    }
    return drawn;
  }

  private static boolean isSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  private static UndrawableCharacterException undrawable(String source, int... codePoints) {
    StringBuilder s = new StringBuilder();
    for (int cp : codePoints) {
      s.append(s.isEmpty() ? "" : " ").append(String.format("U+%04X", cp));
    }
    return new UndrawableCharacterException(source, s.toString());
  }
}
