package org.kofu.relay.issuance;

import org.kofu.cache.compression.BodyCompressor;
import org.kofu.core.existing.FinishedForm;
import org.kofu.relay.freshness.BodySource;

/**
 * A certificate of an {@code EXISTING_SYSTEM} type ready to store: stamped from a cached body, or
 * finished by the existing system on demand. Holds personal data: never log it.
 *
 * @param source the {@code X-Source} header: {@code CACHE} or {@code ON_DEMAND}, as the contract
 * @param form the kept form: a foreign body's cache form, or a {@link FinishedForm}, compressed
 */
record ForeignIssue(
    byte[] pdf, String number, int pageCount, BodySource source, BodyCompressor.Compressed form) {

  /** An existing system's body from the cache (事前作成), stamped here. */
  static final String LOG_CACHE = "ES_CACHE";

  /** A certificate the existing system finished on demand (都度作成). */
  static final String LOG_ON_DEMAND = "ES_DEMAND";

  /** The issuance log's {@code source}: which source made the body, and how it came. */
  String logSource() {
    return source == BodySource.CACHE ? LOG_CACHE : LOG_ON_DEMAND;
  }

  @Override
  public String toString() {
    return "ForeignIssue[" + number + ", " + source + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ForeignIssue f && f.number.equals(number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }
}
