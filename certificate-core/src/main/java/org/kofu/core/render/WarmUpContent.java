package org.kofu.core.render;

import java.time.LocalDate;
import java.util.List;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/** A made-up 住民票 for warming up: no real person's data. */
final class WarmUpContent {

  private WarmUpContent() {}

  static CertificateContent sample() {
    LocalDate day = LocalDate.of(2000, 1, 1);
    ResidentRow person =
        new ResidentRow(
            0,
            "00000000000",
            null,
            0,
            "見本　花子",
            "ミホン　ハナコ",
            null,
            null,
            day,
            "2",
            "世帯主",
            day,
            "北海道函館市見本町1番1号",
            null,
            day,
            null,
            null,
            null,
            null,
            null,
            "ACTIVE",
            day,
            null,
            0);
    CertificateSubject subject =
        new CertificateSubject(
            new PersonRef.Resident(0),
            CertificateType.JUMINHYO,
            new CertificateOptions(Scope.SELF, true, false, false, null));
    return new CertificateContent.Residents(
        subject, List.of(person), person, SourceVersions.builder().build());
  }
}
