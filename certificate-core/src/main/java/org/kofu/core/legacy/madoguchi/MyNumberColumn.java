package org.kofu.core.legacy.madoguchi;

import java.util.regex.Pattern;

/**
 * The 個人番号 column of {@code madoguchi.jumin}, read only where a certificate may print it: a number
 * the project otherwise has no use for is then never fetched, held or cached.
 */
final class MyNumberColumn {

  static final String NAME = "kojin_bango";

  /** The column in a select list: {@code kojin_bango,}, {@code j.kojin_bango,} or labelled. */
  private static final Pattern IN_SELECT_LIST =
      Pattern.compile("\\s*(?:\\w+\\.)?" + NAME + "(?: AS \\w+)?,");

  private MyNumberColumn() {}

  static String unlessRead(String statement, boolean read) {
    return read ? statement : IN_SELECT_LIST.matcher(statement).replaceAll("");
  }
}
