package org.kofu.core.render.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

/**
 * The code points the shipped Mincho fonts draw, read once from the same classpath resources that
 * are embedded: {@code fonts/kofu-mincho.ttf} and {@code fonts/kofu-mincho-ext.ttf}. What both
 * lack, IPAmj明朝 draws ({@link MjFont}).
 */
public final class FontCatalog {

  public static final String MAIN_FAMILY = "Kofu Mincho";
  public static final String EXT_FAMILY = "Kofu Mincho Ext";

  /**
   * Where IPAmj glyphs are numbered in a text to fill: Supplementary Private Use Area-A, this plus
   * the glyph id (IPAmj has 61,179 glyphs, the area 65,534 code points).
   */
  public static final int PRIVATE_USE = 0xF0000;

  /**
   * Where a 外字 known only by its MJ文字図形名 stands in a text read from the existing systems once its
   * {@code gaiji} row is applied: Supplementary Private Use Area-B, this plus the IPAmj glyph id
   * that bears the name (MJ numbers run past the area's 65,534 code points; glyph ids do not).
   */
  public static final int MJ_GLYPH = 0x100000;

  private static final FontCatalog SHARED = new FontCatalog();

  private final Font main;
  private final BitSet mainCodePoints = new BitSet();
  private final BitSet extCodePoints = new BitSet();

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
   * The advance of the main Mincho's missing glyph in ems: what AWT, and so JasperReports' text
   * measurer, gives a character the font lacks (one drawn from the extension or IPAmj).
   */
  public float mainMissingGlyphEms() {
    FontRenderContext frc = new FontRenderContext(null, false, false);
    return main.deriveFont(1000f)
            .createGlyphVector(frc, new int[] {0})
            .getGlyphMetrics(0)
            .getAdvance()
        / 1000f;
  }

  /** The glyph id of {@code c} in the main Mincho: what an Identity-H string holds for it. */
  public int mainGlyphId(char c) {
    if (!main.canDisplay(c)) {
      throw new IllegalArgumentException("kofu-mincho.ttf lacks U+" + Integer.toHexString(c));
    }
    FontRenderContext frc = new FontRenderContext(null, false, false);
    return main.createGlyphVector(frc, new char[] {c}).getGlyphCode(0);
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
}
