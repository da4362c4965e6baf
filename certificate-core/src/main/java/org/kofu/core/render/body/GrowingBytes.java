package org.kofu.core.render.body;

import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Bytes appended to one array that grows when full and is kept for the next body: the replacements
 * of a body's rewritten streams, written once here and copied once into the output.
 */
final class GrowingBytes {

  private static final int MIN_ROOM = 4096;

  private byte[] bytes;
  private int size;

  GrowingBytes(int capacity) {
    bytes = new byte[capacity];
  }

  byte[] bytes() {
    return bytes;
  }

  int size() {
    return size;
  }

  int capacity() {
    return bytes.length;
  }

  void clear() {
    size = 0;
  }

  /** Room for {@code more} bytes after the last. */
  void ensure(int more) {
    if (more > bytes.length - size) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  void put(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  void put(byte[] from, int offset, int length) {
    ensure(length);
    System.arraycopy(from, offset, bytes, size, length);
    size += length;
  }

  /** Four bytes, big-endian. */
  void putInt(int value) {
    ensure(4);
    bytes[size] = (byte) (value >>> 24);
    bytes[size + 1] = (byte) (value >>> 16);
    bytes[size + 2] = (byte) (value >>> 8);
    bytes[size + 3] = (byte) value;
    size += 4;
  }

  /** {@code value} (not negative) in ASCII decimal digits, as {@code Integer.toString}. */
  void putDecimal(int value) {
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    ensure(digits);
    Decimal.write(bytes, size, value, digits);
    size += digits;
  }

  /**
   * All of {@code deflater}'s input deflated to the end of its stream ({@code finish}), or up to a
   * sync flush. {@code expected}: room made first, so that a flush rarely needs a second call.
   */
  void deflate(Deflater deflater, boolean finish, int expected) {
    ensure(Math.max(expected, MIN_ROOM));
    if (finish) {
      deflater.finish();
      while (!deflater.finished()) {
        ensure(MIN_ROOM);
        size += deflater.deflate(bytes, size, bytes.length - size);
      }
      return;
    }
    int room;
    int n;
    do {
      ensure(MIN_ROOM);
      room = bytes.length - size;
      n = deflater.deflate(bytes, size, room, Deflater.SYNC_FLUSH);
      size += n;
    } while (n == room || !deflater.needsInput());
  }
}
