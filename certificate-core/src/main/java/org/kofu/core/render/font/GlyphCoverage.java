package org.kofu.core.render.font;

/**
 * Turns a text to be printed into what the fonts draw, or refuses it. A variation sequence listed
 * in {@code kofu-mj.map} becomes its base character drawn in the MJ supplement (whose cmap maps the
 * base to the variant glyph); a lone character the main Mincho lacks goes to the supplement if it
 * has it; anything else is an {@link UndrawableCharacterException}. Never a blank or "?" on paper.
 */
public final class GlyphCoverage {

  private final FontCatalog fonts;

  public GlyphCoverage(FontCatalog fonts) {
    this.fonts = fonts;
  }

  /**
   * @param source names the field for errors, e.g. {@code madoguchi.jumin:123 shimei}
   */
  public PrintableText prepare(String text, String source) {
    StringBuilder styled = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int selector = next < text.length() ? text.codePointAt(next) : 0;
      if (isSelector(selector)) {
        styled = mj(styled, text, i, drawnInMj(cp, selector, source));
        i = next + Character.charCount(selector);
      } else if (isSelector(cp)) {
        throw undrawable(source, cp);
      } else if (fonts.mainDraws(cp) || cp == '\n') {
        if (styled != null) {
          escape(styled, cp);
        }
        i = next;
      } else {
        styled = mj(styled, text, i, drawnInMj(cp, 0, source));
        i = next;
      }
    }
    return styled == null
        ? new PrintableText(text, false)
        : new PrintableText(styled.toString(), true);
  }

  private int drawnInMj(int base, int selector, String source) {
    int drawn = fonts.mjCodePoint(base, selector);
    if (drawn < 0) {
      throw selector == 0 ? undrawable(source, base) : undrawable(source, base, selector);
    }
    return drawn;
  }

  private static StringBuilder mj(StringBuilder styled, String text, int at, int drawn) {
    StringBuilder out = styled;
    if (out == null) {
      out = new StringBuilder(text.length() + 64);
      for (int c : text.substring(0, at).codePoints().toArray()) {
        escape(out, c);
      }
    }
    out.append("<style fontName=\"").append(FontCatalog.MJ_FAMILY).append("\">");
    out.appendCodePoint(drawn).append("</style>");
    return out;
  }

  private static void escape(StringBuilder out, int c) {
    switch (c) {
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '&' -> out.append("&amp;");
      default -> out.appendCodePoint(c);
    }
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
