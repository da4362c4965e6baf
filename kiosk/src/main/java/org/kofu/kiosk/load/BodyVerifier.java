package org.kofu.kiosk.load;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.readback.BodyReading;
import org.kofu.core.readback.CertificateText;
import org.kofu.core.readback.PersonSnapshot;

/**
 * Checks one certificate body against the request and the person as read just before it was sent.
 *
 * <p>What and who (a 住民票 in either form, 世帯連記式 or 個人票): the number the relay announced is printed;
 * the title is the requested type's; the options are honoured (住民票: 世帯主 and 続柄 only when asked, 本籍
 * and 筆頭者 only when asked, 個人番号 never, on any certificate); and the certificate lists exactly the
 * persons in scope, none missing and none extra, each by full name and birth date (the tax
 * certificates: name only, they print no birth date). 戸籍 certificates list each person by 名 and
 * birth date under the register's 本籍 and 筆頭者, whose 氏名 carries the register's 氏. Any of these wrong
 * is {@link Verdict#WRONG_PERSON}: not this request's certificate.
 *
 * <p>When: the 住所 line (address and 方書) equals the one read before sending, or a later one: the
 * value in the database after the answer when it moved meanwhile, or a {@link LoadChanges} marker
 * at least as new as the one read. 戸籍 certificates are checked for what and who only, since the
 * load's changes do not touch 戸籍 rows.
 */
public final class BodyVerifier {

  private static final Pattern MARKER =
      Pattern.compile(Pattern.quote(CertificateText.normal(LoadChanges.MARKER)) + "(\\d+)");

  private BodyVerifier() {}

  public static Verdict check(
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
    if (!requested(text, entry, before)) {
      return Verdict.WRONG_PERSON;
    }
    if (!entry.resident()) {
      return Verdict.RIGHT;
    }
    if (!text.shows(before.address())) {
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

  /** The requested type, options and persons. */
  static boolean requested(CertificateText text, MixEntry entry, PersonSnapshot person) {
    BodyReading.Asked asked =
        new BodyReading.Asked(
            CertificateType.valueOf(entry.type()),
            entry.household(),
            entry.householder(),
            entry.honseki(),
            entry.wholeRegister());
    return BodyReading.requested(text, asked, person);
  }

  private static long marker(String normalAddress) {
    Matcher m = MARKER.matcher(normalAddress);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
