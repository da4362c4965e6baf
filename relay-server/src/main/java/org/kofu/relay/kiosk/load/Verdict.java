package org.kofu.relay.kiosk.load;

/** What the driver concluded about one certificate body. */
public enum Verdict {
  /** The requested person's certificate, as fresh as the data committed before the request. */
  RIGHT,
  /** Not this request's certificate: another person's name, or not its certificate number. */
  WRONG_PERSON,
  /** The right person, with data older than what was committed before the request was sent. */
  STALE
}
