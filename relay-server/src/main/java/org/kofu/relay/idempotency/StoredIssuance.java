package org.kofu.relay.idempotency;

/**
 * An issued certificate as stored under its request id, enough to answer a repeat with the same
 * bytes. Holds personal data (the body): never log it.
 *
 * @param pdf the served bytes: of an issuance just made, and of a record written before its body
 *     was kept as {@code form} (migration V5_5); null in a record read back otherwise
 * @param form the body as kept (null in records written before V5_5); both null once the purge
 *     dropped the body after the idempotency window
 * @param settled copies, kiosk, operator and commission, as stored; null in a record read back
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
    byte[] pdf,
    KeptBody form,
    Settled settled) {

  /** Whether the purge has dropped the body. */
  public boolean purged() {
    return pdf == null && form == null;
  }

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
