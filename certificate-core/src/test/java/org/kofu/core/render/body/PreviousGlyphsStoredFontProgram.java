package org.kofu.core.render.body;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * The served bytes' reference: {@code GlyphsStoredFontProgram} as it was before issue 28's
 * allocation work (main at 0e0d8d0), kept verbatim so that tests and {@code ops/bench} compare the
 * current one with it byte for byte. What it said of itself:
 *
 * <p>A TrueType font program as a body of format 5 serves it: one zlib stream whose {@code glyf}
 * table (the glyph outlines) is in stored blocks and whose other bytes (table directory, {@code
 * loca}, {@code hmtx}, hinting tables) are deflated at the fastest level, before and after it. The
 * outlines are nearly all of a subset's deflating time and shrink by about a fifth at that level;
 * the tables around them shrink to about a quarter in little time. Any PDF reader inflates the
 * stream as it would any other: a zlib stream may mix block types.
 *
 * <p>The bytes depend on the program's bytes only: a repeat rebuilds the same certificate.
 */
final class PreviousGlyphsStoredFontProgram {

  private static final int MAX_STORED_BLOCK = 0xFFFF;
  private static final int DIRECTORY = 12;
  private static final int ENTRY = 16;
  private static final int GLYF = 0x676C7966;

  private PreviousGlyphsStoredFontProgram() {}

  /**
   * The zlib stream serving {@code raw}, a font program (a {@code FontFile2} stream's data), or
   * null when its directory gives no {@code glyf} table inside it (the caller deflates it whole).
   */
  static byte[] served(byte[] raw) {
    long[] glyf = glyfTable(raw);
    if (glyf == null) {
      return null;
    }
    int from = (int) glyf[0];
    int to = (int) glyf[1];
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from + (raw.length - to) / 4 + 64);
    out.write(0x78);
    out.write(0x01);
    deflated(raw, 0, from, false, out);
    stored(raw, from, to, out);
    deflated(raw, to, raw.length, true, out);
    Adler32 adler = new Adler32();
    adler.update(raw);
    int value = (int) adler.getValue();
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
    return out.toByteArray();
  }

  /**
   * {@code [offset, end)} of the {@code glyf} table, or null when the directory names none or names
   * one outside the program or of no bytes.
   */
  static long[] glyfTable(byte[] raw) {
    if (raw.length < DIRECTORY) {
      return null;
    }
    int tables = u16(raw, 4);
    for (int i = 0; i < tables; i++) {
      int entry = DIRECTORY + ENTRY * i;
      if (entry + ENTRY > raw.length) {
        return null;
      }
      if (u32(raw, entry) == GLYF) {
        long offset = u32(raw, entry + 8);
        long end = offset + u32(raw, entry + 12);
        return offset >= DIRECTORY && end > offset && end <= raw.length
            ? new long[] {offset, end}
            : null;
      }
    }
    return null;
  }

  /**
   * Raw deflate blocks of {@code raw[from, to)} at the fastest level, on a fresh window: the last
   * one final when {@code last}, else ended by a sync flush (an empty stored block), which leaves
   * the output on a byte boundary for the blocks that follow.
   */
  private static void deflated(
      byte[] raw, int from, int to, boolean last, ByteArrayOutputStream out) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    try {
      deflater.setInput(raw, from, to - from);
      byte[] buffer = new byte[64 * 1024];
      if (last) {
        deflater.finish();
        while (!deflater.finished()) {
          out.write(buffer, 0, deflater.deflate(buffer));
        }
        return;
      }
      int n;
      do {
        n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        out.write(buffer, 0, n);
      } while (n == buffer.length || !deflater.needsInput());
    } finally {
      deflater.end();
    }
  }

  /** {@code raw[from, to)} in stored blocks, none of them final. */
  private static void stored(byte[] raw, int from, int to, ByteArrayOutputStream out) {
    for (int at = from; at < to; at += MAX_STORED_BLOCK) {
      int len = Math.min(MAX_STORED_BLOCK, to - at);
      out.write(0);
      out.write(len);
      out.write(len >>> 8);
      out.write(~len);
      out.write(~len >>> 8);
      out.write(raw, at, len);
    }
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
  }

  private static long u32(byte[] b, int at) {
    return (long) u16(b, at) << 16 | u16(b, at + 2);
  }
}
