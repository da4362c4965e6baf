package org.kofu.relay.issuance;

import java.time.OffsetDateTime;

/** A parsed 交付可能証明書照会. */
public record MenuQuery(
    String requestId,
    String municipalityCode,
    String juminhyoCode,
    String kioskId,
    OffsetDateTime requestedAt) {

  @Override
  public String toString() {
    return "MenuQuery[" + requestId + "]";
  }
}
