package org.kofu.relay.kiosk.load;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one certificate body against the person as read just before the request was sent.
 *
 * <p>Who: the number the relay announced is printed, and so is the person's name (resident
 * certificates: 氏名 and the 住所 of their record; 戸籍: the 名 in their register and its 本籍). What: the
 * 住所 line (address and 方書) equals the one read before sending, or a later one: the value in the
 * database after the answer when it moved meanwhile, or a {@link LoadChanges} marker at least as
 * new as the one read. 戸籍 certificates are checked for who only, since the load's changes do not
 * touch 戸籍 rows.
 */
final class BodyVerifier {

  private static final Pattern MARKER =
      Pattern.compile(Pattern.quote(CertificateText.normal(LoadChanges.MARKER)) + "(\\d+)");

  private BodyVerifier() {}

  static Verdict check(
      byte[] pdf,
      String certificateNumber,
      MixEntry entry,
      PersonSnapshot before,
      Supplier<PersonSnapshot> now)
      throws IOException {
    CertificateText text = CertificateText.of(pdf);
    if (certificateNumber == null || !text.shows(certificateNumber)) {
      return Verdict.WRONG_PERSON;
    }
    if (!entry.resident()) {
      boolean who =
          text.shows(before.kosekiName())
              && ("KOSEKI_FUHYO".equals(entry.type()) || text.shows(before.kosekiHonseki()));
      return who && before.kosekiName() != null ? Verdict.RIGHT : Verdict.WRONG_PERSON;
    }
    if (!text.shows(before.shimei()) || !text.shows(before.address())) {
      return Verdict.WRONG_PERSON;
    }
    if (text.shows(before.printedAddress())) {
      return Verdict.RIGHT;
    }
    long readMarker = marker(CertificateText.normal(before.printedAddress()));
    if (readMarker >= 0) {
      Matcher printed = MARKER.matcher(text.text());
      while (printed.find()) {
        if (Long.parseLong(printed.group(1)) >= readMarker) {
          return Verdict.RIGHT;
        }
      }
    }
    PersonSnapshot after = now.get();
    boolean movedSince = after != null && !after.printedAddress().equals(before.printedAddress());
    return movedSince && text.shows(after.printedAddress()) ? Verdict.RIGHT : Verdict.STALE;
  }

  private static long marker(String normalAddress) {
    Matcher m = MARKER.matcher(normalAddress);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
