package org.kofu.core.readback;

import java.util.List;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.render.layout.Sentences;

/**
 * Whether a certificate's text is the one asked for, of the person as read from the existing
 * systems: the title is the type's; the options are honoured (住民票: 世帯主 and 続柄 only when asked, 本籍
 * and 筆頭者 only when asked, 個人番号 never, on any certificate); and it lists exactly the persons in
 * scope, each by full name and birth date (the tax certificates: name only). 戸籍 certificates list
 * each person by 名 and birth date under the register's 本籍 and 筆頭者.
 */
public final class BodyReading {

  private BodyReading() {}

  /**
   * What was asked for.
   *
   * @param household a HOUSEHOLD 住民票 (every member of the household)
   * @param householder 世帯主 and 続柄 printed
   * @param honseki 本籍 and 筆頭者 printed
   * @param wholeRegister a 附票 of scope ALL or a 戸籍全部事項 (every member of the register)
   */
  public record Asked(
      CertificateType type,
      boolean household,
      boolean householder,
      boolean honseki,
      boolean wholeRegister) {}

  /** The requested type, options and persons. */
  public static boolean requested(CertificateText text, Asked asked, PersonSnapshot person) {
    CertificateType type = asked.type();
    if (!titled(text, type)) {
      return false;
    }
    if (text.hasLabel("個人番号")
        || (person.kojinBango() != null && text.text().contains(person.kojinBango()))) {
      return false;
    }
    return switch (type.family()) {
      case RESIDENT -> resident(text, asked, person);
      case SEAL ->
          PrintedPersons.exactly(List.of(person.self()), PrintedPersons.unblocked(text), true);
      case TAX ->
          PrintedPersons.exactly(List.of(person.self()), PrintedPersons.unblocked(text), false);
      case REGISTER -> register(text, type, asked, person.register());
    };
  }

  /** The type's title; a 課税証明書 is titled 非課税証明書 when no tax is due. */
  private static boolean titled(CertificateText text, CertificateType type) {
    return text.title().equals(CertificateText.normal(type.title()))
        || (type == CertificateType.KAZEI
            && text.title().equals(CertificateText.normal(Sentences.HIKAZEI_TITLE)));
  }

  private static boolean resident(CertificateText text, Asked asked, PersonSnapshot person) {
    // 世帯主 heads every page of a 世帯連記式 and every person's page of a 個人票: each time the same
    List<String> heads = text.values("世帯主");
    boolean householder =
        asked.householder()
            ? !heads.isEmpty()
                && heads.stream().allMatch(h -> CertificateText.same(person.householder(), h))
            : !text.hasLabel("世帯主") && !text.hasLabel("続柄");
    boolean honseki =
        asked.honseki() ? text.hasLabel("本籍") : !text.hasLabel("本籍") && !text.hasLabel("筆頭者");
    List<PersonSnapshot.Person> inScope =
        asked.household() ? person.household() : List.of(person.self());
    return householder
        && honseki
        && PrintedPersons.exactly(inScope, PrintedPersons.numbered(text), true);
  }

  private static boolean register(
      CertificateText text, CertificateType type, Asked asked, PersonSnapshot.Register r) {
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
    List<PersonSnapshot.Person> inScope = asked.wholeRegister() ? r.members() : List.of(r.self());
    List<PrintedPersons.Printed> printed =
        type == CertificateType.KOSEKI_FUHYO
            ? PrintedPersons.numbered(text)
            : PrintedPersons.registered(text);
    return header && PrintedPersons.exactly(inScope, printed, true);
  }
}
