package org.kofu.core.render.body;

/** ASCII decimal digits written into an array, no string between. */
final class Decimal {

  private Decimal() {}

  /**
   * {@code value} (not negative) as {@code digits} digits at {@code at}, zero-padded on the left.
   */
  static void write(byte[] to, int at, int value, int digits) {
    int v = value;
    for (int i = at + digits - 1; i >= at; i--) {
      to[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    if (v != 0) {
      throw new IllegalArgumentException(value + " has more than " + digits + " digits");
    }
  }
}
