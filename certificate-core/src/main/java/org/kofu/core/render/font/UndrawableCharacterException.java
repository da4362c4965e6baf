package org.kofu.core.render.font;

/**
 * A text to be printed holds a character (or variation sequence) the embedded fonts cannot draw.
 * The message names the source field and the code points, never the text, which is personal data.
 */
public class UndrawableCharacterException extends RuntimeException {

  private final String source;
  private final String codePoints;

  public UndrawableCharacterException(String source, String codePoints) {
    super("undrawable character " + codePoints + " in " + source);
    this.source = source;
    this.codePoints = codePoints;
  }

  /** Where the text came from, e.g. {@code madoguchi.jumin:123 shimei}. */
  public String source() {
    return source;
  }

  /** The offending code point or sequence, e.g. {@code U+2A6B2} or {@code U+845B U+E0103}. */
  public String codePoints() {
    return codePoints;
  }
}
