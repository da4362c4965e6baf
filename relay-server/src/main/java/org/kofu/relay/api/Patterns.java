package org.kofu.relay.api;

import java.util.regex.Pattern;

/** The identifier forms of the contract, as regular expressions for {@code @Pattern}. */
final class Patterns {

  static final String REQUEST_ID = "[A-Za-z0-9-]{8,64}";
  static final String KIOSK_ID = "[A-Za-z0-9-]{1,32}";
  static final String JUMINHYO_CODE = "[0-9]{11}";
  static final String MUNICIPALITY_CODE = "[0-9]{6}";

  /** Some character that is not white space, full-width space included. */
  static final String NOT_BLANK = "(?sU).*\\S.*";

  static final Pattern REQUEST_ID_PATTERN = Pattern.compile(REQUEST_ID);

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
