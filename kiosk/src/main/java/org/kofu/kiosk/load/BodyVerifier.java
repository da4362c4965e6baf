package org.kofu.kiosk.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.render.layout.Sentences;

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
    CertificateType type = CertificateType.valueOf(entry.type());
    if (!titled(text, type)) {
      return false;
    }
    if (text.hasLabel("個人番号")
        || (person.kojinBango() != null && text.text().contains(person.kojinBango()))) {
      return false;
    }
    return switch (type.family()) {
      case RESIDENT -> resident(text, entry, person);
      case SEAL ->
          PrintedPersons.exactly(List.of(person.self()), PrintedPersons.unblocked(text), true);
      case TAX ->
          PrintedPersons.exactly(List.of(person.self()), PrintedPersons.unblocked(text), false);
      case REGISTER -> register(text, type, entry, person.register());
    };
  }

  /** The type's title; a 課税証明書 is titled 非課税証明書 when no tax is due. */
  private static boolean titled(CertificateText text, CertificateType type) {
    return text.title().equals(CertificateText.normal(type.title()))
        || (type == CertificateType.KAZEI
            && text.title().equals(CertificateText.normal(Sentences.HIKAZEI_TITLE)));
  }

  private static boolean resident(CertificateText text, MixEntry entry, PersonSnapshot person) {
    // 世帯主 heads every page of a 世帯連記式 and every person's page of a 個人票: each time the same
    List<String> heads = text.values("世帯主");
    boolean householder =
        entry.householder()
            ? !heads.isEmpty()
                && heads.stream().allMatch(h -> CertificateText.same(person.householder(), h))
            : !text.hasLabel("世帯主") && !text.hasLabel("続柄");
    boolean honseki =
        entry.honseki() ? text.hasLabel("本籍") : !text.hasLabel("本籍") && !text.hasLabel("筆頭者");
    List<PersonSnapshot.Person> inScope =
        entry.household() ? person.household() : List.of(person.self());
    return householder
        && honseki
        && PrintedPersons.exactly(inScope, PrintedPersons.numbered(text), true);
  }

  private static boolean register(
      CertificateText text, CertificateType type, MixEntry entry, PersonSnapshot.Register r) {
    if (r == null) {
      return false;
    }
    List<String> honseki = text.values("本籍");
    List<String> names = text.values("氏名");
    // the header: the register's 本籍, and its 筆頭者 (the 氏 of everyone in it) first of the names
    boolean header =
        !honseki.isEmpty()
            && CertificateText.same(r.honseki(), honseki.get(0))
            && !names.isEmpty()
            && CertificateText.same(r.hittosha(), names.get(0));
    List<PersonSnapshot.Person> inScope = entry.wholeRegister() ? r.members() : List.of(r.self());
    List<PrintedPersons.Printed> printed =
        type == CertificateType.KOSEKI_FUHYO
            ? PrintedPersons.numbered(text)
            : PrintedPersons.registered(text);
    return header && PrintedPersons.exactly(inScope, printed, true);
  }

  private static long marker(String normalAddress) {
    Matcher m = MARKER.matcher(normalAddress);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
