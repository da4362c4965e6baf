package org.kofu.core.legacy.gaiji;

/**
 * A row of {@code madoguchi.gaiji} or {@code koseki.gaiji}.
 *
 * @param table {@code madoguchi.gaiji} or {@code koseki.gaiji}
 * @param pua the character as stored, one code point
 * @param mjCode the MJ文字図形名, e.g. {@code MJ006561}
 * @param ucs the same character as Unicode (with its variation selector), or null
 */
public record GaijiRow(String table, int pua, String mjCode, String ucs, long version) {

  /**
   * The row's id in {@link org.kofu.core.certificate.SourceVersions}: the code point in decimal.
   */
  public String rowKey() {
    return Integer.toString(pua);
  }

  /** The MJ number of {@link #mjCode}, or -1 when it is not of the form {@code MJnnnnnn}. */
  public int mjNumber() {
    if (mjCode == null || !mjCode.matches("(?i)MJ\\d{6}")) {
      return -1;
    }
    return Integer.parseInt(mjCode.substring(2));
  }

  /** Whether {@code codePoint} is in a Private Use Area, where 外字 are stored. */
  public static boolean isPrivateUse(int codePoint) {
    return (codePoint >= 0xE000 && codePoint <= 0xF8FF) || codePoint >= 0xF0000;
  }
}
