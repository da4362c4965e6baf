package org.kofu.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 住民票 form in the options: part of the subject, so each form is a body of its own. */
class ResidentFormOptionTests {

  private static final PersonRef PERSON = new PersonRef.Resident(42);

  private static CertificateSubject subject(CertificateType type, ResidentForm form) {
    return new CertificateSubject(
        PERSON, type, new CertificateOptions(Scope.HOUSEHOLD, true, false, false, null, form));
  }

  @Test
  void eachFormIsAnotherSubjectKeyAndParsesBack() {
    CertificateSubject renki = subject(CertificateType.JUMINHYO, ResidentForm.RENKI);
    CertificateSubject kojin = subject(CertificateType.JUMINHYO, ResidentForm.KOJIN);

    assertThat(renki.key()).endsWith(";form=RENKI").isNotEqualTo(kojin.key());
    assertThat(kojin.key()).endsWith(";form=KOJIN");
    assertThat(CertificateSubject.parse(renki.key())).isEqualTo(renki);
    assertThat(CertificateSubject.parse(kojin.key())).isEqualTo(kojin);
  }

  @Test
  void optionsNamingNoFormKeepTheirEarlierKeyAndMean世帯連記式() {
    CertificateSubject none = subject(CertificateType.JUMINHYO_KISAI, null);

    assertThat(none.key())
        .isEqualTo(
            "A42|JUMINHYO_KISAI|scope=HOUSEHOLD;householder=true;honseki=false;"
                + "myNumber=false;fiscalYear=-");
    assertThat(CertificateSubject.parse(none.key())).isEqualTo(none);
    assertThat(none.options().formOrDefault()).isEqualTo(ResidentForm.RENKI);
  }

  @Test
  void otherTypesDropTheForm() {
    CertificateSubject seal = subject(CertificateType.INKAN, ResidentForm.KOJIN);
    assertThat(seal.options().form()).isNull();
    assertThat(seal.key()).doesNotContain("form");
  }
}
