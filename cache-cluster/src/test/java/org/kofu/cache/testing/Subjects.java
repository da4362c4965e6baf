package org.kofu.cache.testing;

import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;

/** Subjects and source versions of test persons. */
public final class Subjects {

  private Subjects() {}

  public static CertificateSubject juminhyo(long atenaNo) {
    return new CertificateSubject(
        new PersonRef.Resident(atenaNo), CertificateType.JUMINHYO, CertificateOptions.defaults());
  }

  public static CertificateSubject inkan(long atenaNo) {
    return new CertificateSubject(new PersonRef.Resident(atenaNo), CertificateType.INKAN, null);
  }

  /** The resident row at {@code version} and a household row that does not change. */
  public static SourceVersions sources(long atenaNo, long version) {
    return SourceVersions.builder()
        .add("madoguchi.jumin", atenaNo, version)
        .add("madoguchi.setai", atenaNo / 3, 1)
        .build();
  }
}
