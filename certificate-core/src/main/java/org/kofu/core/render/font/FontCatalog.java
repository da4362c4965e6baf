package org.kofu.core.render.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The code points the shipped fonts draw, read once from the same classpath resources that are
 * embedded: {@code fonts/kofu-mincho.ttf}, {@code fonts/kofu-mincho-ext.ttf}, {@code
 * fonts/kofu-mj.ttf} and the sequences of {@code fonts/kofu-mj.map}.
 */
public final class FontCatalog {

  public static final String MAIN_FAMILY = "Kofu Mincho";
  public static final String EXT_FAMILY = "Kofu Mincho Ext";
  public static final String MJ_FAMILY = "Kofu MJ Supplement";

  /** Where variation sequences are numbered in a text to fill: Supplementary Private Use Area-A. */
  public static final int PRIVATE_USE = 0xF0000;

  private static final FontCatalog SHARED = new FontCatalog();

  private final Font main;
  private final BitSet mainCodePoints = new BitSet();
  private final BitSet extCodePoints = new BitSet();
  private final Map<Long, Integer> mjSequences = new HashMap<>();
  private final Map<Integer, Integer> mjDrawn = new HashMap<>();

  private FontCatalog() {
    main = load("fonts/kofu-mincho.ttf");
    Font ext = load("fonts/kofu-mincho-ext.ttf");
    for (int cp = 0; cp <= 0x3FFFF; cp++) {
      if (main.canDisplay(cp)) {
        mainCodePoints.set(cp);
      } else if (ext.canDisplay(cp)) {
        extCodePoints.set(cp);
      }
    }
    Font mj = load("fonts/kofu-mj.ttf");
    for (String line : resource("fonts/kofu-mj.map").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] sides = line.split("=");
      String[] sequence = sides[0].trim().split(" ");
      int drawn = Integer.parseInt(sides[1].trim(), 16);
      int base = Integer.parseInt(sequence[0], 16);
      int selector = sequence.length > 1 ? Integer.parseInt(sequence[1], 16) : 0;
      if (!mj.canDisplay(drawn)) {
        throw new IllegalStateException("kofu-mj.ttf lacks U+" + Integer.toHexString(drawn));
      }
      // A sequence becomes one private-use code point in the text to fill; a lone code point the
      // main font lacks stays itself. Either way the supplement draws it as {@code drawn}.
      int stands = selector == 0 ? base : PRIVATE_USE + mjSequences.size();
      mjSequences.put(key(base, selector), stands);
      mjDrawn.put(stands, drawn);
    }
  }

  /** The catalog of the fonts on the classpath, loaded once per process. */
  public static FontCatalog shared() {
    return SHARED;
  }

  /** Whether the main Mincho (JIS X 0208 and the templates' characters) draws {@code codePoint}. */
  public boolean mainDraws(int codePoint) {
    return mainCodePoints.get(codePoint);
  }

  /** Whether the Mincho extension (the rest of JIS X 0213 and CP932) draws {@code codePoint}. */
  public boolean extDraws(int codePoint) {
    return extCodePoints.get(codePoint);
  }

  /**
   * The code point to draw in the MJ supplement for {@code base} followed by {@code selector} (0
   * for a lone code point the main font lacks), or -1 when the supplement has no such glyph.
   */
  public int mjCodePoint(int base, int selector) {
    return mjSequences.getOrDefault(key(base, selector), -1);
  }

  /**
   * The code point to show in the MJ supplement for a code point of a filled text the main font
   * lacks (its cmap maps a sequence's base to the variant glyph), or -1.
   */
  public int mjDrawn(int codePoint) {
    return mjDrawn.getOrDefault(codePoint, -1);
  }

  /** The glyph id of {@code c} in the main Mincho: what an Identity-H string holds for it. */
  public int mainGlyphId(char c) {
    if (!main.canDisplay(c)) {
      throw new IllegalArgumentException("kofu-mincho.ttf lacks U+" + Integer.toHexString(c));
    }
    FontRenderContext frc = new FontRenderContext(null, false, false);
    return main.createGlyphVector(frc, new char[] {c}).getGlyphCode(0);
  }

  private static long key(int base, int selector) {
    return ((long) base << 32) | selector;
  }

  private static Font load(String name) {
    try (InputStream in = FontCatalog.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("font resource missing: " + name);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(name, e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = FontCatalog.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
