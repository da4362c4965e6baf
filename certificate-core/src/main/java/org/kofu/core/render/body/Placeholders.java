package org.kofu.core.render.body;

/**
 * What a rendered body holds where the issuance writes later. Each placeholder has as many glyphs
 * as the longest text that replaces it; the font build gives every glyph here an id whose bytes
 * OpenPDF writes unescaped, so a replacement never changes a string's length.
 */
public final class Placeholders {

  /** Every character a stamp may write: certificate numbers, 令和 dates, blanks. */
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ- 令和元年月日";

  /** 発行番号: one per page. */
  public static final String NUMBER = "〓".repeat(CertificateNumber.LENGTH);

  /** 証明日: the longest 令和 date, 令和10年12月31日, is 11 characters. */
  public static final String DATE = "■".repeat(11);

  /**
   * Drawn once, invisibly, so that the font subset and its ToUnicode map hold every glyph of the
   * alphabet whatever the body itself uses; the stamper blanks it.
   */
  public static final String RESERVE = ALPHABET;

  /** The glyphs a body's {@link StampSites#glyphIds()} lists: the alphabet, then 〓 and ■. */
  public static final String GLYPHS = ALPHABET + "〓■";

  private Placeholders() {}
}
