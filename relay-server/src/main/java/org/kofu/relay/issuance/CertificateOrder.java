package org.kofu.relay.issuance;

import java.time.OffsetDateTime;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;

/**
 * A parsed 証明書交付要求, options normalised for the type.
 *
 * @param fingerprint a digest of the request's meaning: a repeat of the same request id must match
 */
public record CertificateOrder(
    String requestId,
    String municipalityCode,
    String juminhyoCode,
    CertificateType type,
    CertificateOptions options,
    int copies,
    String kioskId,
    OffsetDateTime requestedAt,
    String fingerprint) {

  @Override
  public String toString() {
    return "CertificateOrder[" + requestId + ", " + type + "]";
  }
}
