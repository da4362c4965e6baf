package org.kofu.core.render.body;

import java.util.regex.Pattern;

/**
 * The 発行番号 format the stamper accepts: exactly 20 characters of {@code [0-9A-Z-]}, e.g. {@code
 * 012025-261125-000042} (municipality code, issue day, sequence). The issuance chooses the parts;
 * the fixed length is what lets a rendered body be stamped in place.
 */
public final class CertificateNumber {

  public static final int LENGTH = 20;
  private static final Pattern FORMAT = Pattern.compile("[0-9A-Z-]{" + LENGTH + "}");

  private CertificateNumber() {}

  public static boolean isValid(String number) {
    return number != null && FORMAT.matcher(number).matches();
  }
}
