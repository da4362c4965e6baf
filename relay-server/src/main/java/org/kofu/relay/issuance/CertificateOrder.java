package org.kofu.relay.issuance;

import java.time.OffsetDateTime;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;

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

  /**
   * This order with the city's 住民票 form where it named none; the fingerprint stays the request's
   * own, so a repeat is recognised whatever the city's default is then.
   */
  public CertificateOrder withDefaultForm(ResidentForm defaultForm) {
    if (type.family() != CertificateType.Family.RESIDENT || options.form() != null) {
      return this;
    }
    return new CertificateOrder(
        requestId,
        municipalityCode,
        juminhyoCode,
        type,
        options.withForm(defaultForm),
        copies,
        kioskId,
        requestedAt,
        fingerprint);
  }

  @Override
  public String toString() {
    return "CertificateOrder[" + requestId + ", " + type + "]";
  }
}
