package org.kofu.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateSubjectTests {

  private static final PersonRef PERSON = new PersonRef.Resident(42);

  @Test
  void optionsATypeDoesNotTakeAreDroppedSoEqualRequestsHaveEqualKeys() {
    CertificateSubject a =
        new CertificateSubject(
            PERSON,
            CertificateType.INKAN,
            new CertificateOptions(Scope.HOUSEHOLD, true, true, true, 2025));
    CertificateSubject b = new CertificateSubject(PERSON, CertificateType.INKAN, null);
    assertThat(a).isEqualTo(b);
    assertThat(a.key()).isEqualTo(b.key());
  }

  @Test
  void missingOptionsTakeTheContractDefaults() {
    CertificateSubject juminhyo = new CertificateSubject(PERSON, CertificateType.JUMINHYO, null);
    assertThat(juminhyo.options())
        .isEqualTo(new CertificateOptions(Scope.SELF, true, false, false, null));
  }

  @Test
  void differentOptionsOrPersonsGiveDifferentKeys() {
    CertificateSubject self = new CertificateSubject(PERSON, CertificateType.JUMINHYO, null);
    CertificateSubject household =
        new CertificateSubject(
            PERSON,
            CertificateType.JUMINHYO,
            new CertificateOptions(Scope.HOUSEHOLD, true, false, false, null));
    CertificateSubject other =
        new CertificateSubject(new PersonRef.Resident(43), CertificateType.JUMINHYO, null);
    assertThat(self.key()).isNotEqualTo(household.key()).isNotEqualTo(other.key());
  }

  @Test
  void scopesThatATypeDoesNotKnowAreRejected() {
    assertThatThrownBy(
            () ->
                new CertificateSubject(
                    PERSON,
                    CertificateType.KOSEKI_FUHYO,
                    new CertificateOptions(Scope.HOUSEHOLD, false, false, false, null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void personKeysRoundTrip() {
    assertThat(PersonRef.parse(new PersonRef.RegisterMember(7, 3).key()))
        .isEqualTo(new PersonRef.RegisterMember(7, 3));
    assertThat(PersonRef.parse(PERSON.key())).isEqualTo(PERSON);
  }

  @Test
  void subjectKeysRoundTripForEveryTypeAndOptionSet() {
    for (CertificateType type : CertificateType.values()) {
      Scope scope =
          type == CertificateType.KOSEKI_FUHYO
              ? Scope.ALL
              : type.name().startsWith("JUMINHYO") ? Scope.HOUSEHOLD : null;
      CertificateSubject subject =
          new CertificateSubject(
              new PersonRef.RegisterMember(7, 3),
              type,
              new CertificateOptions(scope, false, true, true, 2025));
      assertThat(CertificateSubject.parse(subject.key())).as(type.name()).isEqualTo(subject);
    }
    CertificateSubject defaults = new CertificateSubject(PERSON, CertificateType.JUMINHYO, null);
    assertThat(CertificateSubject.parse(defaults.key())).isEqualTo(defaults);
  }

  @Test
  void aKeyThatIsNotCanonicalIsNoSubject() {
    String key = new CertificateSubject(PERSON, CertificateType.INKAN, null).key();
    for (String bad :
        new String[] {
          "",
          key.replace("INKAN", "NOPE"),
          key + ";x=1",
          key.replace("|", "/"),
          "A42|INKAN",
          // options a type does not take are not in its canonical key
          key.replace("honseki=false", "honseki=true")
        }) {
      assertThatThrownBy(() -> CertificateSubject.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void sourceVersionsMatchOnlyWhenEveryRowHasTheSameVersion() {
    SourceVersions sources =
        SourceVersions.builder().add("madoguchi.jumin", 1, 3).add("madoguchi.setai", 9, 1).build();
    assertThat(sources.matches(Map.of("madoguchi.jumin:1", 3L, "madoguchi.setai:9", 1L))).isTrue();
    assertThat(sources.matches(Map.of("madoguchi.jumin:1", 4L, "madoguchi.setai:9", 1L))).isFalse();
    assertThat(sources.matches(Map.of("madoguchi.jumin:1", 3L))).isFalse();
  }
}
