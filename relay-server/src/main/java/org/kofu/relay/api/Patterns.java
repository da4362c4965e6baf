package org.kofu.relay.api;

import java.util.regex.Pattern;

/** The identifier forms of the contract. */
final class Patterns {

  static final Pattern ANY = Pattern.compile("(?s).{1,64}");
  static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
  static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
  static final Pattern JUMINHYO_CODE = Pattern.compile("[0-9]{11}");
  static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{6}");

  private Patterns() {}

  /** 全国地方公共団体コード check digit: weights 6..2 over the first five digits, modulus 11. */
  static boolean validMunicipalityCode(String code) {
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (code.charAt(i) - '0') * (6 - i);
    }
    int check = (11 - sum % 11) % 10;
    return code.charAt(5) - '0' == check;
  }
}
