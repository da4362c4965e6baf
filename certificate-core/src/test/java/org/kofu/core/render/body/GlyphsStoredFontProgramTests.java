package org.kofu.core.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class GlyphsStoredFontProgramTests {

  @Test
  void aFontProgramInflatesToItselfWithItsOutlinesStoredVerbatim() throws Exception {
    byte[] raw = font();
    long[] glyf = GlyphsStoredFontProgram.glyfTable(raw);
    assertThat(glyf).isNotNull();
    byte[] outlines = Arrays.copyOfRange(raw, (int) glyf[0], (int) glyf[1]);

    byte[] served = GlyphsStoredFontProgram.served(raw);

    assertThat(inflated(served)).isEqualTo(raw);
    // the first stored block's data is the outlines' first bytes, uncompressed
    assertThat(indexOf(served, Arrays.copyOf(outlines, 4096))).isPositive();
    assertThat(served.length).isLessThan(raw.length + raw.length / 100);
    assertThat(GlyphsStoredFontProgram.served(raw)).as("the same bytes again").isEqualTo(served);
  }

  @Test
  void theWholeShippedFontIsServedByteForByteAsBefore() throws Exception {
    byte[] raw = font();

    assertThat(GlyphsStoredFontProgram.served(raw))
        .isEqualTo(PreviousGlyphsStoredFontProgram.served(raw));
    assertThat(GlyphsStoredFontProgram.served(Arrays.copyOf(raw, 60_000)))
        .as("a program whose outlines end past it")
        .isNull();
  }

  @Test
  void theTablesAroundTheOutlinesAreDeflated() throws Exception {
    byte[] raw = font();
    long[] glyf = GlyphsStoredFontProgram.glyfTable(raw);
    int others = raw.length - (int) (glyf[1] - glyf[0]);

    byte[] served = GlyphsStoredFontProgram.served(raw);

    int storedOverhead = 5 * (int) ((glyf[1] - glyf[0]) / 0xFFFF + 1);
    assertThat(served.length - (glyf[1] - glyf[0]) - storedOverhead).isLessThan(others * 9L / 10);
  }

  @Test
  void aProgramWithoutAnOutlineTableInsideItIsNotServedThisWay() throws Exception {
    byte[] raw = font();
    byte[] noGlyf = raw.clone();
    int entry = entryOf(noGlyf, "glyf");
    noGlyf[entry] = 'x';
    byte[] outside = raw.clone();
    // the table's length pointing past the program
    Arrays.fill(outside, entryOf(outside, "glyf") + 12, entryOf(outside, "glyf") + 16, (byte) 0x7F);

    assertThat(GlyphsStoredFontProgram.served(noGlyf)).isNull();
    assertThat(GlyphsStoredFontProgram.served(outside)).isNull();
    assertThat(GlyphsStoredFontProgram.served(new byte[8])).isNull();
    assertThat(GlyphsStoredFontProgram.served("not a font at all".repeat(3).getBytes())).isNull();
  }

  @Test
  void aSmallProgramEndingInItsOutlinesIsWhole() {
    // directory of one table, glyf, at the end: nothing deflated after it but the final block
    byte[] raw = new byte[12 + 16 + 100];
    raw[5] = 1;
    System.arraycopy("glyf".getBytes(), 0, raw, 12, 4);
    raw[12 + 11] = 28;
    raw[12 + 15] = 100;
    for (int i = 28; i < raw.length; i++) {
      raw[i] = (byte) i;
    }

    assertThat(inflated(GlyphsStoredFontProgram.served(raw))).isEqualTo(raw);
  }

  private static byte[] font() throws Exception {
    try (InputStream in =
        GlyphsStoredFontProgramTests.class
            .getClassLoader()
            .getResourceAsStream("fonts/kofu-mincho.ttf")) {
      return in.readAllBytes();
    }
  }

  private static int entryOf(byte[] raw, String tag) {
    int tables = (raw[4] & 0xFF) << 8 | raw[5] & 0xFF;
    for (int i = 0; i < tables; i++) {
      if (new String(raw, 12 + 16 * i, 4).equals(tag)) {
        return 12 + 16 * i;
      }
    }
    throw new AssertionError(tag);
  }

  private static byte[] inflated(byte[] zlib) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(zlib);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && inflater.needsInput()) {
          throw new AssertionError("truncated");
        }
        out.write(buffer, 0, n);
      }
      assertThat(inflater.getRemaining()).as("nothing after the Adler-32").isZero();
      return out.toByteArray();
    } catch (java.util.zip.DataFormatException e) {
      throw new AssertionError(e);
    } finally {
      inflater.end();
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
