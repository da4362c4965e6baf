package org.kofu.core.render.body;

import java.util.Arrays;

/**
 * A TrueType font program as a body of format 5 serves it: one zlib stream whose {@code glyf} table
 * (the glyph outlines) is in stored blocks and whose other bytes (table directory, {@code loca},
 * {@code hmtx}, hinting tables) are deflated at the fastest level, before and after it. The
 * outlines are nearly all of a subset's deflating time and shrink by about a fifth at that level;
 * the tables around them shrink to about a quarter in little time. Any PDF reader inflates the
 * stream as it would any other: a zlib stream may mix block types.
 *
 * <p>The bytes depend on the program's bytes only: a repeat rebuilds the same certificate.
 */
final class GlyphsStoredFontProgram {

  private static final int MAX_STORED_BLOCK = 0xFFFF;
  private static final int DIRECTORY = 12;
  private static final int ENTRY = 16;
  private static final int GLYF = 0x676C7966;

  private GlyphsStoredFontProgram() {}

  /**
   * The zlib stream serving {@code raw}, a font program (a {@code FontFile2} stream's data), or
   * null when its directory gives no {@code glyf} table inside it (the caller deflates it whole).
   */
  static byte[] served(byte[] raw) {
    try (ZlibWorkspace workspace = ZlibWorkspace.take()) {
      GrowingBytes out = workspace.out();
      int adler = workspace.adler(raw, 0, raw.length);
      return serve(raw, 0, raw.length, adler, workspace)
          ? Arrays.copyOf(out.bytes(), out.size())
          : null;
    }
  }

  /**
   * Appends to {@code workspace.out()} the zlib stream serving the font program {@code src[offset,
   * offset + length)}, whose Adler-32 is {@code adler}; false, and nothing appended, when its
   * directory gives no {@code glyf} table inside it.
   */
  static boolean serve(byte[] src, int offset, int length, int adler, ZlibWorkspace workspace) {
    long[] glyf = glyfTable(src, offset, length);
    if (glyf == null) {
      return false;
    }
    int from = offset + (int) glyf[0];
    int to = offset + (int) glyf[1];
    int end = offset + length;
    GrowingBytes out = workspace.out();
    out.ensure(to - from + 5 * ((to - from) / MAX_STORED_BLOCK + 1) + (end - to) / 4 + 64);
    out.put(0x78);
    out.put(0x01);
    workspace.deflateRaw(src, offset, from - offset, false);
    stored(src, from, to, out);
    workspace.deflateRaw(src, to, end - to, true);
    out.putInt(adler);
    return true;
  }

  /**
   * {@code [offset, end)} of the {@code glyf} table, or null when the directory names none or names
   * one outside the program or of no bytes.
   */
  static long[] glyfTable(byte[] raw) {
    return glyfTable(raw, 0, raw.length);
  }

  private static long[] glyfTable(byte[] src, int at, int length) {
    if (length < DIRECTORY) {
      return null;
    }
    int tables = u16(src, at + 4);
    for (int i = 0; i < tables; i++) {
      int entry = DIRECTORY + ENTRY * i;
      if (entry + ENTRY > length) {
        return null;
      }
      if (u32(src, at + entry) == GLYF) {
        long offset = u32(src, at + entry + 8);
        long end = offset + u32(src, at + entry + 12);
        return offset >= DIRECTORY && end > offset && end <= length
            ? new long[] {offset, end}
            : null;
      }
    }
    return null;
  }

  /** {@code raw[from, to)} in stored blocks, none of them final. */
  private static void stored(byte[] raw, int from, int to, GrowingBytes out) {
    for (int at = from; at < to; at += MAX_STORED_BLOCK) {
      int len = Math.min(MAX_STORED_BLOCK, to - at);
      out.put(0);
      out.put(len);
      out.put(len >>> 8);
      out.put(~len);
      out.put(~len >>> 8);
      out.put(raw, at, len);
    }
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
  }

  private static long u32(byte[] b, int at) {
    return (long) u16(b, at) << 16 | u16(b, at + 2);
  }
}
