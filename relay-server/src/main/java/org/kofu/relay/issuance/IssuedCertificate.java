package org.kofu.relay.issuance;

/** The answer to a 証明書交付要求: one copy of the stamped PDF and its headers. */
public record IssuedCertificate(
    String requestId,
    String certificateNumber,
    int feeYen,
    int pageCount,
    String bodySha256,
    String source,
    byte[] pdf) {

  @Override
  public boolean equals(Object o) {
    return o instanceof IssuedCertificate c
        && c.certificateNumber.equals(certificateNumber)
        && c.bodySha256.equals(bodySha256);
  }

  @Override
  public int hashCode() {
    return certificateNumber.hashCode();
  }

  @Override
  public String toString() {
    return "IssuedCertificate[" + requestId + ", " + certificateNumber + "]";
  }
}
