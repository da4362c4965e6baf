package org.kofu.demodata.generate;

/** Unique 個人番号 and 住民票コード derived from the 宛名番号, with the 個人番号 check digit. */
final class KojinBango {

  private static final long MOD_11_DIGITS = 100_000_000_000L;

  private KojinBango() {}

  /**
   * Multiplying by a number coprime with 10 permutes the 11-digit numbers, so distinct 宛名番号 give
   * distinct codes that do not look sequential.
   */
  static String scramble(long atenaNo, long multiplier, long offset) {
    long v = Math.floorMod((atenaNo + offset) * multiplier, MOD_11_DIGITS);
    return String.format("%011d", v);
  }

  static String juminhyoCode(long atenaNo) {
    return scramble(atenaNo, 7_919L, 31_337L);
  }

  static String kojinBango(long atenaNo) {
    String base = scramble(atenaNo, 104_729L, 2_718_281L);
    return base + checkDigit(base);
  }

  /** The check digit of the 個人番号 (行政手続における特定の個人を識別するための番号 施行令 第8条). */
  static int checkDigit(String elevenDigits) {
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      int p = elevenDigits.charAt(11 - n) - '0';
      int q = n <= 6 ? n + 1 : n - 5;
      sum += p * q;
    }
    int remainder = sum % 11;
    return remainder <= 1 ? 0 : 11 - remainder;
  }
}
