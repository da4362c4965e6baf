package org.kofu.batch.eligibility;

import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;

/**
 * One certificate pre-generated for every resident it applies to.
 *
 * @param scope SELF or HOUSEHOLD for a 住民票, ignored otherwise
 * @param householder 世帯主の氏名及び続柄 on a 住民票
 */
public record Variant(CertificateType type, Scope scope, boolean householder) {

  /** The subject of this variant for {@code person}, a 住民票 in 世帯連記式 (the contract's default). */
  public CertificateSubject subject(PersonRef person) {
    return subject(person, ResidentForm.RENKI);
  }

  /** The subject of this variant for {@code person}, a 住民票 in {@code form} (the city's). */
  public CertificateSubject subject(PersonRef person, ResidentForm form) {
    return new CertificateSubject(
        person, type, new CertificateOptions(scope, householder, false, false, null, form));
  }
}
