package org.kofu.relay.canary;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.readback.BodyReading;
import org.kofu.core.readback.CertificateText;
import org.kofu.core.readback.PersonSnapshot;
import org.kofu.wareki.Wareki;

/**
 * One canary body read back: the certificate of the person, type and default options asked for (as
 * the kiosk's load driver judges it, {@link BodyReading}), the number the relay announced and the
 * hash of the bytes, today's 証明日, and for a 住民票 the address the rows hold now.
 */
final class CanaryReading {

  private CanaryReading() {}

  /** An answer of the relay: its body and the headers the contract gives with it. */
  record Answer(byte[] pdf, String certificateNumber, String sha256, String source) {}

  /** The first check the body fails, as {@code check: detail}; null when it passes them all. */
  static String failure(CertificateType type, Answer answer, PersonSnapshot person, LocalDate today)
      throws IOException {
    CertificateText text = CertificateText.of(answer.pdf());
    if (!BodyReading.requested(text, asked(type), person)) {
      return "subject: the " + type + " body is not of the test person, type and options asked";
    }
    if (answer.certificateNumber() == null || !text.shows(answer.certificateNumber())) {
      return "number: the " + type + " body does not print its X-Certificate-Number";
    }
    if (!sha256(answer.pdf()).equals(answer.sha256())) {
      return "number: the " + type + " body does not hash to its X-Content-SHA256";
    }
    if (!text.shows(Wareki.format(today))) {
      return "date: the " + type + " body does not print today's 証明日 " + today;
    }
    if (type.family() == CertificateType.Family.RESIDENT && !text.shows(person.printedAddress())) {
      return "freshness: the "
          + type
          + " body does not print the address the rows hold now"
          + " (source "
          + answer.source()
          + ")";
    }
    return null;
  }

  /** The contract's default options, which the canary sends (no options). */
  static BodyReading.Asked asked(CertificateType type) {
    boolean resident = type.family() == CertificateType.Family.RESIDENT;
    return new BodyReading.Asked(
        type, false, resident, false, type == CertificateType.KOSEKI_ZENBU);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
