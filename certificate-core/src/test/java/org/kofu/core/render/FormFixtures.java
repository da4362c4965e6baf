package org.kofu.core.render;

import java.time.LocalDate;
import java.util.List;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/**
 * A household of six for the 住民票 forms: the householder, the spouse and the first child moved in
 * from 札幌 (転入前住所), two children were born here (no 転入前住所), the grandmother lives in another room of
 * the same building (方書).
 */
final class FormFixtures {

  static final String HOME = "北海道函館市五稜郭町12番3号";
  static final String ROOM = "コーポ五稜郭201号室";
  static final String OTHER_ROOM = "コーポ五稜郭202号室";

  private FormFixtures() {}

  static List<ResidentRow> household() {
    ResidentRow grandmother = born(106, "𠮷田　トメ", "ヨシダ　トメ", "母", LocalDate.of(1940, 1, 2));
    return List.of(
        Fixtures.householder(),
        Fixtures.spouse(),
        Fixtures.child(),
        born(104, "𠮷田　桜", "ヨシダ　サクラ", "子", LocalDate.of(2012, 3, 4)),
        born(105, "𠮷田　葵", "ヨシダ　アオイ", "子", LocalDate.of(2015, 8, 9)),
        withKatagaki(grandmother, OTHER_ROOM));
  }

  static CertificateContent.Residents residents(
      CertificateType type, Scope scope, ResidentForm form, boolean honseki) {
    CertificateOptions options = new CertificateOptions(scope, true, honseki, false, null, form);
    List<ResidentRow> persons = scope == Scope.HOUSEHOLD ? household() : List.of(Fixtures.spouse());
    return new CertificateContent.Residents(
        Fixtures.subject(Fixtures.spouse(), type, options),
        persons,
        Fixtures.householder(),
        Fixtures.versions(persons));
  }

  /** A member born in the city: no 転入前住所, no 届出日 of a move-in. */
  static ResidentRow born(long atenaNo, String name, String kana, String zokugara, LocalDate day) {
    ResidentRow r = Fixtures.resident(atenaNo, name, kana, zokugara);
    return new ResidentRow(
        r.atenaNo(),
        r.juminhyoCode(),
        r.kojinBango(),
        r.setaiNo(),
        r.shimei(),
        r.shimeiKana(),
        null,
        null,
        day,
        r.sex(),
        r.zokugara(),
        day,
        r.address(),
        r.katagaki(),
        day,
        null,
        null,
        r.honseki(),
        r.hittosha(),
        null,
        "ACTIVE",
        null,
        null,
        1);
  }

  static ResidentRow withKatagaki(ResidentRow r, String katagaki) {
    return new ResidentRow(
        r.atenaNo(),
        r.juminhyoCode(),
        r.kojinBango(),
        r.setaiNo(),
        r.shimei(),
        r.shimeiKana(),
        r.kyushi(),
        r.tsusho(),
        r.birthDate(),
        r.sex(),
        r.zokugara(),
        r.juminDate(),
        r.address(),
        katagaki,
        r.juteiDate(),
        r.todokeDate(),
        r.prevAddress(),
        r.honseki(),
        r.hittosha(),
        r.foreigner(),
        "ACTIVE",
        null,
        null,
        r.version());
  }
}
