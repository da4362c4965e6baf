package org.kofu.core.render.font;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The variation sequences of a font's {@code cmap} format 14 subtable (Unicode platform, encoding
 * 5), which FontBox does not read: base and selector to glyph id. A default sequence draws the
 * base's own glyph; a non-default one names its glyph.
 */
final class VariationSequences {

  private VariationSequences() {}

  /**
   * @param cmap the whole {@code cmap} table
   * @param baseGlyph the glyph id of a code point in the font's Unicode cmap (0 when none)
   * @return {@code base << 32 | selector} to glyph id
   */
  static Map<Long, Integer> read(byte[] cmap, IntUnaryOperator baseGlyph) {
    ByteBuffer b = ByteBuffer.wrap(cmap);
    int tables = b.getShort(2) & 0xFFFF;
    Map<Long, Integer> out = new HashMap<>();
    for (int t = 0; t < tables; t++) {
      int record = 4 + t * 8;
      int platform = b.getShort(record) & 0xFFFF;
      int encoding = b.getShort(record + 2) & 0xFFFF;
      int offset = b.getInt(record + 4);
      if (platform == 0 && encoding == 5 && (b.getShort(offset) & 0xFFFF) == 14) {
        readSubtable(b, offset, baseGlyph, out);
      }
    }
    return out;
  }

  static long key(int base, int selector) {
    return ((long) base << 32) | selector;
  }

  private static void readSubtable(
      ByteBuffer b, int table, IntUnaryOperator baseGlyph, Map<Long, Integer> out) {
    int selectors = b.getInt(table + 6);
    for (int s = 0; s < selectors; s++) {
      int record = table + 10 + s * 11;
      int selector = uint24(b, record);
      int defaults = b.getInt(record + 3);
      int nonDefaults = b.getInt(record + 7);
      if (defaults != 0) {
        int at = table + defaults;
        int ranges = b.getInt(at);
        for (int r = 0; r < ranges; r++) {
          int start = uint24(b, at + 4 + r * 4);
          int count = b.get(at + 4 + r * 4 + 3) & 0xFF;
          for (int base = start; base <= start + count; base++) {
            int glyph = baseGlyph.applyAsInt(base);
            if (glyph > 0) {
              out.put(key(base, selector), glyph);
            }
          }
        }
      }
      if (nonDefaults != 0) {
        int at = table + nonDefaults;
        int mappings = b.getInt(at);
        for (int m = 0; m < mappings; m++) {
          int base = uint24(b, at + 4 + m * 5);
          out.put(key(base, selector), b.getShort(at + 4 + m * 5 + 3) & 0xFFFF);
        }
      }
    }
  }

  private static int uint24(ByteBuffer b, int at) {
    return ((b.get(at) & 0xFF) << 16) | ((b.get(at + 1) & 0xFF) << 8) | (b.get(at + 2) & 0xFF);
  }
}
