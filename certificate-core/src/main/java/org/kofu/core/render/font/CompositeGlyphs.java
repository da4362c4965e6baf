package org.kofu.core.render.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** The glyphs a TrueType composite glyph is made of (OpenType spec, {@code glyf}, composite). */
final class CompositeGlyphs {

  private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
  private static final int WE_HAVE_A_SCALE = 0x0008;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

  private CompositeGlyphs() {}

  /** The component glyph ids of {@code glyph} (its bytes); none for a simple or empty glyph. */
  static List<Integer> components(byte[] glyph) {
    List<Integer> ids = new ArrayList<>();
    if (glyph.length < 10 || ByteBuffer.wrap(glyph).getShort(0) >= 0) {
      return ids;
    }
    ByteBuffer b = ByteBuffer.wrap(glyph);
    int at = 10;
    int flags;
    do {
      flags = b.getShort(at) & 0xFFFF;
      ids.add(b.getShort(at + 2) & 0xFFFF);
      at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
      if ((flags & WE_HAVE_A_SCALE) != 0) {
        at += 2;
      } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
        at += 4;
      } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
        at += 8;
      }
    } while ((flags & MORE_COMPONENTS) != 0 && at + 4 <= glyph.length);
    return ids;
  }
}
