package org.kofu.core.render.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class CompositeGlyphsTests {

  @Test
  void componentsOfACompositeGlyphWithWordArgumentsAndAScale() {
    ByteBuffer b = ByteBuffer.allocate(10 + 8 + 8);
    b.putShort((short) -1).putShort((short) 0).putShort((short) 0).putShort((short) 10);
    b.putShort((short) 10);
    // MORE_COMPONENTS | ARG_1_AND_2_ARE_WORDS, glyph 5, two int16 offsets
    b.putShort((short) 0x0021).putShort((short) 5).putShort((short) 100).putShort((short) -3);
    // WE_HAVE_A_SCALE, glyph 40000, two int8 offsets, an F2Dot14 scale
    b.putShort((short) 0x0008).putShort((short) 40000).put((byte) 1).put((byte) 2);
    b.putShort((short) 0x4000);
    assertThat(CompositeGlyphs.components(b.array())).containsExactly(5, 40000);
  }

  @Test
  void aSimpleOrEmptyGlyphHasNoComponents() {
    ByteBuffer simple = ByteBuffer.allocate(12);
    simple.putShort((short) 1);
    assertThat(CompositeGlyphs.components(simple.array())).isEmpty();
    assertThat(CompositeGlyphs.components(new byte[0])).isEmpty();
  }
}
