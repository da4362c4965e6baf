package org.kofu.core.render.body;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Finding and reading the few tokens of a PDF that {@link StreamCompression} needs. */
final class PdfSyntax {

  private PdfSyntax() {}

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The decimal number in {@code [from, to)}, at most ten digits and an {@code int}. */
  static int number(byte[] pdf, int from, int to) {
    if (to <= from || to - from > 10) {
      throw new IllegalArgumentException("a number expected at " + from);
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(pdf[i])) {
        throw new IllegalArgumentException("a number expected at " + from);
      }
      value = value * 10 + (pdf[i] - '0');
    }
    if (value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a number out of range at " + from);
    }
    return (int) value;
  }

  /** Where the digits from {@code from} end, at {@code limit} at most. */
  static int digitsEnd(byte[] pdf, int from, int limit) {
    int to = from;
    while (to < limit && Character.isDigit(pdf[to])) {
      to++;
    }
    return to;
  }

  /** The last {@code pattern} in {@code [from, before)}, or -1. */
  static int lastIndexOf(byte[] data, byte[] pattern, int from, int before) {
    byte first = pattern[0];
    for (int i = Math.min(before, data.length) - pattern.length; i >= from; i--) {
      if (data[i] == first && matches(data, i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code pattern} in {@code [from, to)}, or -1. */
  static int indexIn(byte[] data, byte[] pattern, int from, int to) {
    byte first = pattern[0];
    for (int i = Math.max(from, 0); i <= Math.min(to, data.length) - pattern.length; i++) {
      if (data[i] == first && matches(data, i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  static boolean matches(byte[] data, int at, byte[] pattern) {
    return at >= 0
        && at + pattern.length <= data.length
        && Arrays.equals(data, at, at + pattern.length, pattern, 0, pattern.length);
  }
}
