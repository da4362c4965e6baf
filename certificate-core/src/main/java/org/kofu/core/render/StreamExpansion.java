package org.kofu.core.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A PDF with its deflated streams inflated, and back to the very same bytes. Deflated, every body's
 * font subset is different noise; inflated, its glyphs are the shipped font's bytes, which a zstd
 * dictionary holding those glyphs stores once for all certificates.
 *
 * <p>A stream is inflated only when deflating it again here gives exactly its bytes (same zlib,
 * same level); the others, and the page contents (stored blocks, which the stamper edits in place)
 * stay as they are. So a restored PDF is byte for byte the rendered one and every file offset
 * (cross reference table, stamp sites) still holds. Restoring checks each stream's compressed
 * length and CRC-32, and refuses a value whose streams this process's zlib deflates differently.
 *
 * <p>Form: {@code 'X' FORMAT}, then segments: {@code 0 len bytes} (verbatim) or {@code 1 level+1
 * len crc32 rawLen raw} (a stream to deflate at {@code level}, -1 being zlib's default, into {@code
 * len} bytes whose CRC-32 is {@code crc32}), then {@code 2}. Lengths are unsigned LEB128.
 */
final class StreamExpansion {

  private static final int FORMAT = 1;
  private static final byte[] STREAM = "stream\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "\nendstream".getBytes(StandardCharsets.US_ASCII);
  private static final int[] LEVELS = {Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION, 9, 2, 3};

  private static final int NOT_REPRODUCIBLE = Integer.MIN_VALUE;

  private StreamExpansion() {}

  static byte[] expand(byte[] pdf) {
    return expand(pdf, ReproducibilityCheck.SHARED);
  }

  static byte[] expand(byte[] pdf, ReproducibilityCheck check) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length * 3);
    out.write('X');
    out.write(FORMAT);
    int literalFrom = 0;
    for (int at = BodyInspector.indexOf(pdf, STREAM, 0);
        at >= 0;
        at = BodyInspector.indexOf(pdf, STREAM, at + 1)) {
      if (at > 0 && pdf[at - 1] == 'd') {
        continue;
      }
      int start = at + STREAM.length;
      Inflated inflated = inflate(pdf, start);
      if (inflated == null) {
        continue;
      }
      int crc = crc(pdf, start, inflated.length);
      int level = level(inflated, pdf, start, crc, check);
      if (level == NOT_REPRODUCIBLE) {
        continue;
      }
      literal(out, pdf, literalFrom, start);
      out.write(1);
      out.write(level + 1);
      writeLength(out, inflated.length);
      writeInt(out, crc);
      writeLength(out, inflated.raw.length);
      out.writeBytes(inflated.raw);
      literalFrom = start + inflated.length;
      at = literalFrom - 1;
    }
    literal(out, pdf, literalFrom, pdf.length);
    out.write(2);
    return out.toByteArray();
  }

  /**
   * @throws IllegalArgumentException when the bytes are no expanded PDF, or a stream deflates here
   *     differently than where it was expanded (another zlib)
   */
  static byte[] restore(byte[] expanded) {
    if (expanded.length < 3 || expanded[0] != 'X' || expanded[1] != FORMAT) {
      throw new IllegalArgumentException("not an expanded PDF");
    }
    Reader in = new Reader(expanded, 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream(expanded.length);
    while (true) {
      int tag = in.readByte();
      if (tag == 2) {
        break;
      }
      if (tag == 0) {
        int length = in.readLength();
        out.write(expanded, in.take(length), length);
      } else if (tag == 1) {
        int level = in.readByte() - 1;
        int length = in.readLength();
        int crc = in.readInt();
        int rawLength = in.readLength();
        int rawAt = in.take(rawLength);
        byte[] deflated = deflate(level, expanded, rawAt, rawLength, length);
        if (deflated == null || crc(deflated, 0, length) != crc) {
          throw new IllegalArgumentException("a stream deflates differently here");
        }
        out.write(deflated, 0, length);
      } else {
        throw new IllegalArgumentException("corrupt expanded PDF");
      }
    }
    return out.toByteArray();
  }

  private record Inflated(byte[] raw, int length) {}

  /**
   * The zlib stream at {@code start} inflated, when it is deflated (not stored) and well formed.
   */
  private static Inflated inflate(byte[] pdf, int start) {
    if (start + 2 > pdf.length
        || (pdf[start] & 0x0F) != 8
        || ((pdf[start] & 0xFF) << 8 | (pdf[start + 1] & 0xFF)) % 31 != 0
        || StoredStream.parse(pdf, start) != null) {
      return null;
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(pdf, start, pdf.length - start);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return null;
        }
        raw.write(buffer, 0, n);
      }
      int length = pdf.length - start - inflater.getRemaining();
      if (!regionMatches(pdf, start + length, END)) {
        return null;
      }
      return new Inflated(raw.toByteArray(), length);
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  /** The level that deflates the stream again into its bytes, checked as {@code check} says. */
  private static int level(
      Inflated inflated, byte[] pdf, int start, int crc, ReproducibilityCheck check) {
    // zlib's header names the fastest level 78 01
    boolean fastest = (pdf[start] & 0xFF) == 0x78 && pdf[start + 1] == 0x01;
    if (fastest && !check.mustCheck(crc)) {
      return Deflater.BEST_SPEED;
    }
    int level = reproducingLevel(inflated.raw, pdf, start, inflated.length);
    if (fastest && level == Deflater.BEST_SPEED) {
      check.reproduced();
    } else if (fastest) {
      check.failed();
    }
    return level;
  }

  private static int reproducingLevel(byte[] raw, byte[] pdf, int start, int length) {
    for (int level : LEVELS) {
      byte[] again = deflate(level, raw, 0, raw.length, length);
      if (again != null && java.util.Arrays.equals(again, 0, length, pdf, start, start + length)) {
        return level;
      }
    }
    return NOT_REPRODUCIBLE;
  }

  /**
   * {@code raw} deflated in one call, or null when that takes other than {@code length} bytes. A
   * fresh deflater per stream: changing the level of a used one can change its output.
   */
  private static byte[] deflate(int level, byte[] raw, int offset, int rawLength, int length) {
    Deflater deflater = new Deflater(level);
    try {
      deflater.setInput(raw, offset, rawLength);
      deflater.finish();
      byte[] out = new byte[length + 1];
      int n = 0;
      while (!deflater.finished() && n < out.length) {
        n += deflater.deflate(out, n, out.length - n);
      }
      return deflater.finished() && n == length ? out : null;
    } finally {
      deflater.end();
    }
  }

  private static void literal(ByteArrayOutputStream out, byte[] pdf, int from, int to) {
    if (to > from) {
      out.write(0);
      writeLength(out, to - from);
      out.write(pdf, from, to - from);
    }
  }

  private static int crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  private static boolean regionMatches(byte[] data, int at, byte[] pattern) {
    return at + pattern.length <= data.length
        && java.util.Arrays.equals(data, at, at + pattern.length, pattern, 0, pattern.length);
  }

  private static void writeLength(ByteArrayOutputStream out, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes, int at) {
      this.bytes = bytes;
      this.at = at;
    }

    int readByte() {
      if (at >= bytes.length) {
        throw new IllegalArgumentException("truncated expanded PDF");
      }
      return bytes[at++] & 0xFF;
    }

    int readLength() {
      int value = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        int b = readByte();
        value |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          if (value < 0) {
            break;
          }
          return value;
        }
      }
      throw new IllegalArgumentException("corrupt expanded PDF");
    }

    int readInt() {
      return readByte() << 24 | readByte() << 16 | readByte() << 8 | readByte();
    }

    /** Skips {@code length} bytes and returns where they start. */
    int take(int length) {
      if (length > bytes.length - at) {
        throw new IllegalArgumentException("truncated expanded PDF");
      }
      int from = at;
      at += length;
      return from;
    }
  }
}
