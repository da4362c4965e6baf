package org.kofu.batch.eligibility;

import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;

/**
 * One certificate pre-generated for every resident it applies to.
 *
 * @param scope SELF or HOUSEHOLD for a 住民票, ignored otherwise
 * @param householder 世帯主の氏名及び続柄 on a 住民票
 */
public record Variant(CertificateType type, Scope scope, boolean householder) {

  public CertificateSubject subject(PersonRef person) {
    return new CertificateSubject(
        person, type, new CertificateOptions(scope, householder, false, false, null));
  }
}
