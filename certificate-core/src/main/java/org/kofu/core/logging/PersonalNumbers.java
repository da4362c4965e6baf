package org.kofu.core.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a 住民票コード (11 digits) or a 個人番号 (12 digits) in a log line: a run of exactly
 * 11 or 12 digits with no digit next to it. A second line of defence only — the code logs internal
 * keys, never personal data; names and addresses cannot be recognised in text.
 */
public final class PersonalNumbers {

  private static final Pattern NUMBER = Pattern.compile("(?<![0-9０-９])[0-9０-９]{11,12}(?![0-9０-９])");

  private PersonalNumbers() {}

  public static String mask(String text) {
    Matcher m = NUMBER.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text.length());
    do {
      m.appendReplacement(masked, "*".repeat(m.end() - m.start()));
    } while (m.find());
    m.appendTail(masked);
    return masked.toString();
  }
}
