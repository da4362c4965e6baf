package org.kofu.relay.idempotency;

/**
 * An issued certificate as stored under its request id, enough to answer a repeat with the same
 * bytes. Holds the PDF (personal data): never log it.
 */
public record StoredIssuance(
    String requestId,
    String requestHash,
    String certificateNumber,
    String personKey,
    String certificateType,
    int feeYen,
    int pageCount,
    String source,
    String bodySha256,
    byte[] pdf) {

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredIssuance s
        && s.requestId.equals(requestId)
        && s.certificateNumber.equals(certificateNumber)
        && s.bodySha256.equals(bodySha256);
  }

  @Override
  public int hashCode() {
    return requestId.hashCode();
  }

  @Override
  public String toString() {
    return "StoredIssuance[" + requestId + ", " + certificateNumber + "]";
  }
}
