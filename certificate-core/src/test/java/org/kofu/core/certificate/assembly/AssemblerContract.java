package org.kofu.core.certificate.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.assembly.MissingRecordException.Missing;
import org.kofu.core.legacy.LegacyDatabase;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/** The assembler on the fixture: every type and scope, on PostgreSQL and on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AssemblerContract {

  static final PersonRef TARO = new PersonRef.Resident(103);
  static final PersonRef HANAKO = new PersonRef.Resident(102);

  LegacyDatabase db;
  MadoguchiReader madoguchi;
  KosekiReader koseki;
  CertificateContentAssembler assembler;

  abstract LegacyDatabase open() throws Exception;

  @BeforeAll
  void setUp() throws Exception {
    db = open();
    madoguchi = new MadoguchiReader(db.dataSource());
    koseki = new KosekiReader(db.dataSource());
    assembler = new CertificateContentAssembler(madoguchi, koseki);
  }

  @AfterAll
  void tearDown() throws Exception {
    db.close();
  }

  CertificateContent assemble(PersonRef person, CertificateType type, CertificateOptions options) {
    return assembler.assemble(new CertificateSubject(person, type, options));
  }

  static CertificateOptions scope(Scope scope) {
    return new CertificateOptions(scope, true, true, false, null);
  }

  @Test
  void juminhyoSelfShowsTheRequesterAndRecordsHouseholdAndHouseholder() {
    var c =
        (CertificateContent.Residents)
            assemble(HANAKO, CertificateType.JUMINHYO, scope(Scope.SELF));

    assertThat(c.persons()).extracting(ResidentRow::atenaNo).containsExactly(102L);
    assertThat(c.householder().atenaNo()).isEqualTo(103);
    assertThat(c.sources().versions())
        .containsOnly(
            java.util.Map.entry("madoguchi.setai:1", 4L),
            java.util.Map.entry("madoguchi.jumin:102", 1L),
            java.util.Map.entry("madoguchi.jumin:103", 7L));
  }

  @Test
  void juminhyoHouseholdListsActiveMembersHouseholderFirstThenInRecordOrder() {
    var c =
        (CertificateContent.Residents)
            assemble(HANAKO, CertificateType.JUMINHYO_KISAI, scope(Scope.HOUSEHOLD));

    assertThat(c.persons())
        .extracting(ResidentRow::atenaNo)
        .containsExactly(103L, 101L, 102L, 105L);
    assertThat(c.sources().versions().keySet())
        .containsExactly(
            "madoguchi.jumin:101",
            "madoguchi.jumin:102",
            "madoguchi.jumin:103",
            "madoguchi.jumin:104",
            "madoguchi.jumin:105",
            "madoguchi.setai:1");
  }

  @Test
  void juminhyoOfAForeignResident() {
    var c =
        (CertificateContent.Residents)
            assemble(new PersonRef.Resident(201), CertificateType.JUMINHYO, null);
    assertThat(c.persons()).singleElement().satisfies(p -> assertThat(p.isForeigner()).isTrue());
  }

  @Test
  void sealShowsTheActiveRegistration() {
    var c = (CertificateContent.Seal) assemble(TARO, CertificateType.INKAN, null);

    assertThat(c.seal().inkanNo()).isEqualTo(2);
    assertThat(c.sources().versions())
        .containsOnly(
            java.util.Map.entry("madoguchi.jumin:103", 7L),
            java.util.Map.entry("madoguchi.inkan:2", 3L));
  }

  @Test
  void sealWithoutActiveRegistrationIsAMissingRecordNamingOnlyThePersonKey() {
    assertThatThrownBy(() -> assemble(HANAKO, CertificateType.INKAN, null))
        .isInstanceOfSatisfying(
            MissingRecordException.class, e -> assertThat(e.missing()).isEqualTo(Missing.SEAL))
        .hasMessageContaining("A102")
        .hasMessageNotContaining("花子");
  }

  @Test
  void taxOfTheLatestOrOfTheGivenFiscalYear() {
    var latest = (CertificateContent.Tax) assemble(TARO, CertificateType.SHOTOKU_KAZEI, null);
    var y2024 =
        (CertificateContent.Tax)
            assemble(
                TARO,
                CertificateType.SHOTOKU_KAZEI,
                new CertificateOptions(null, false, false, false, 2024));

    assertThat(latest.tax().nendo()).isEqualTo(2025);
    assertThat(latest.sources().versions()).containsEntry("madoguchi.shotoku_kazei:103/2025", 2L);
    assertThat(y2024.tax().nendo()).isEqualTo(2024);
    assertThatThrownBy(() -> assemble(HANAKO, CertificateType.SHOTOKU_KAZEI, null))
        .isInstanceOfSatisfying(
            MissingRecordException.class, e -> assertThat(e.missing()).isEqualTo(Missing.TAX));
  }

  @Test
  void residentCertificatesNeedAResidentRecord() {
    assertThatThrownBy(() -> assemble(new PersonRef.Resident(999), CertificateType.JUMINHYO, null))
        .isInstanceOfSatisfying(
            MissingRecordException.class, e -> assertThat(e.missing()).isEqualTo(Missing.RESIDENT));
    assertThatThrownBy(
            () -> assemble(new PersonRef.RegisterMember(20, 1), CertificateType.INKAN, null))
        .isInstanceOf(MissingRecordException.class)
        .hasMessageContaining("K20-1");
  }
}
