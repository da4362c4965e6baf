package org.kofu.core.render.layout;

/** An address as printed: the 方書 (building, room) follows the address itself. */
final class Address {

  private Address() {}

  static String withKatagaki(String address, String katagaki) {
    if (katagaki == null || katagaki.isBlank()) {
      return address;
    }
    return address + "　" + katagaki;
  }
}
