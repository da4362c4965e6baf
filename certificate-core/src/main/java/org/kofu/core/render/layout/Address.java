package org.kofu.core.render.layout;

import org.kofu.core.legacy.madoguchi.ResidentRow;

/** An address as printed: the 方書 (building, room) follows the address itself. */
final class Address {

  private Address() {}

  /**
   * A resident's 住所 with 方書 as printed, each column passed through the rows' coverage under its own
   * source, so that a refusal names the column that holds the character: print it with {@link
   * Rows#PREPARED}.
   */
  static String printed(ResidentRow r, Rows rows) {
    String katagaki = r.katagaki();
    return withKatagaki(
        rows.checked(r.address(), ResidentLayout.key(r, "address")),
        katagaki == null || katagaki.isBlank()
            ? katagaki
            : rows.checked(katagaki, ResidentLayout.key(r, "katagaki")));
  }

  static String withKatagaki(String address, String katagaki) {
    if (katagaki == null || katagaki.isBlank()) {
      return address;
    }
    return address + "　" + katagaki;
  }
}
