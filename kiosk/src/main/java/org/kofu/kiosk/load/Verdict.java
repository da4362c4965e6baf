package org.kofu.kiosk.load;

/** What the driver concluded about one certificate body. */
public enum Verdict {
  /** The requested person's certificate, as fresh as the data committed before the request. */
  RIGHT,
  /**
   * Not this request's certificate: another person's, one person missing or extra, another type's
   * title, options not as asked (世帯主, 本籍, 個人番号), not its certificate number, or any certificate for
   * a request that had to be refused.
   */
  WRONG_PERSON,
  /** The right person, with data older than what was committed before the request was sent. */
  STALE
}
