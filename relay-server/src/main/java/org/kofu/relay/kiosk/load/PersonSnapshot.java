package org.kofu.relay.kiosk.load;

/**
 * What a certificate of the person must show, as the existing systems hold it at one moment.
 *
 * @param kosekiName the 名 in the person's current 戸籍 (null when none)
 * @param kosekiHonseki that 戸籍's 本籍 (null when none)
 */
public record PersonSnapshot(
    String juminhyoCode,
    String shimei,
    String address,
    String katagaki,
    String kosekiName,
    String kosekiHonseki) {

  /** The 住所 line as printed: the 方書 follows the address. */
  public String printedAddress() {
    return katagaki == null || katagaki.isBlank() ? address : address + " " + katagaki;
  }
}
