package org.kofu.core.certificate.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.assembly.MissingRecordException.Missing;
import org.kofu.core.legacy.koseki.AddressHistoryRow;
import org.kofu.core.legacy.koseki.RegisterEntryRow;
import org.kofu.core.legacy.koseki.RegisterMemberRow;

/** The 戸籍 certificates on the fixture. */
abstract class RegisterAssemblerContract extends AssemblerContract {

  @Test
  void zenbuShowsEveryMemberInRegisterOrderWithTheirEntries() {
    var c = (CertificateContent.Register) assemble(TARO, CertificateType.KOSEKI_ZENBU, null);

    assertThat(c.register().kosekiId()).isEqualTo(10);
    assertThat(c.members()).extracting(RegisterMemberRow::kojinNo).containsExactly(1, 2, 3, 4, 5);
    assertThat(c.registerEntries()).extracting(RegisterEntryRow::seq).containsExactly(1, 9);
    assertThat(c.personEntries().get(1)).extracting(RegisterEntryRow::seq).containsExactly(2, 3);
    assertThat(c.personEntries().get(3))
        .extracting(RegisterEntryRow::jikoKind)
        .containsExactly("出生", "婚姻");
    assertThat(c.personEntries().get(4)).extracting(RegisterEntryRow::seq).containsExactly(7);
    assertThat(c.sources().versions())
        .containsEntry("koseki.koseki:10", 2L)
        .containsKeys(
            "koseki.kojin:10/1", "koseki.kojin:10/5", "koseki.jiko:10/1", "koseki.jiko:10/9")
        .hasSize(1 + 5 + 9);
  }

  @Test
  void kojinShowsOnlyTheRequestersEntryFromTheirCurrentRegister() {
    var c = (CertificateContent.Register) assemble(TARO, CertificateType.KOSEKI_KOJIN, null);

    assertThat(c.members()).extracting(RegisterMemberRow::rowKey).containsExactly("10/1");
    assertThat(c.personEntries()).containsOnlyKeys(1);
    assertThat(c.sources().versions().keySet())
        .containsExactly(
            "koseki.jiko:10/1",
            "koseki.jiko:10/2",
            "koseki.jiko:10/3",
            "koseki.jiko:10/9",
            "koseki.kojin:10/1",
            "koseki.koseki:10");
  }

  @Test
  void aPersonLivingElsewhereIsReachedByTheirPlaceInTheRegister() {
    var c =
        (CertificateContent.Register)
            assemble(new PersonRef.RegisterMember(20, 1), CertificateType.KOSEKI_KOJIN, null);
    assertThat(c.register().hittosha()).isEqualTo("佐藤健一");
    assertThat(c.members()).singleElement().satisfies(m -> assertThat(m.atenaNo()).isNull());
  }

  @Test
  void fuhyoSelfGivesTheRequestersAddressesOldestFirst() {
    var c =
        (CertificateContent.Fuhyo)
            assemble(
                TARO,
                CertificateType.KOSEKI_FUHYO,
                new CertificateOptions(Scope.SELF, false, false, false, null));

    assertThat(c.members()).hasSize(1);
    assertThat(c.addresses().get(1)).extracting(AddressHistoryRow::seq).containsExactly(2, 1, 3);
    assertThat(c.sources().versions())
        .containsKeys("koseki.fuhyo:10/1/2", "koseki.koseki:10")
        .hasSize(5);
  }

  @Test
  void fuhyoAllGivesEveryMembersAddresses() {
    var c =
        (CertificateContent.Fuhyo)
            assemble(
                HANAKO,
                CertificateType.KOSEKI_FUHYO,
                new CertificateOptions(Scope.ALL, false, false, false, null));

    assertThat(c.addresses().keySet()).containsExactly(1, 2, 3, 4, 5);
    assertThat(c.addresses().get(3)).isEmpty();
    assertThat(c.addresses().get(5))
        .extracting(AddressHistoryRow::rowKey)
        .containsExactly("10/5/1");
    assertThat(c.sources().versions())
        .as("the register, its members, their addresses and the ended 附票 restriction of 10/3")
        .containsKey("koseki.fuhyo_seigen:2")
        .hasSize(1 + 5 + 5 + 1);
  }

  @Test
  void aFuhyoRestrictionRecordedAfterABodyWasMadeMakesItStale() {
    var self =
        assemble(
            new PersonRef.RegisterMember(20, 1),
            CertificateType.KOSEKI_FUHYO,
            new CertificateOptions(Scope.SELF, false, false, false, null));
    assertThat(self.sources().versions()).containsEntry("koseki.fuhyo_seigen:1", 1L);
    var before = assemble(new PersonRef.Resident(301), CertificateType.KOSEKI_FUHYO, null);

    db.jdbc()
        .update(
            "INSERT INTO koseki.fuhyo_seigen (seigen_id, koseki_id, kojin_no, reason, valid_from)"
                + " VALUES (31, 30, 1, 'DV_SUPPORT', DATE '2026-11-25')");
    try {
      var after = assemble(new PersonRef.Resident(301), CertificateType.KOSEKI_FUHYO, null);
      assertThat(after.sources().versions()).containsKey("koseki.fuhyo_seigen:31");
      assertThat(after.sources().versions()).isNotEqualTo(before.sources().versions());
    } finally {
      db.jdbc().update("DELETE FROM koseki.fuhyo_seigen WHERE seigen_id = 31");
    }
  }

  private java.util.List<org.kofu.core.rules.ShownPerson> shown(
      PersonRef person, CertificateType type, CertificateOptions options) {
    ShownPersons reader = new ShownPersons(madoguchi, koseki);
    var requester =
        person instanceof PersonRef.Resident r
            ? madoguchi.resident(r.atenaNo()).orElseThrow()
            : null;
    return reader.read(new CertificateSubject(person, type, options), requester);
  }

  @Test
  void aFuhyoOfTheWholeRegisterShowsEveryoneInItAlsoThoseLivingElsewhere() {
    var shown =
        shown(
            HANAKO,
            CertificateType.KOSEKI_FUHYO,
            new CertificateOptions(Scope.ALL, false, false, false, null));

    assertThat(shown)
        .extracting(p -> p.person().key() + " " + p.role())
        .containsExactly(
            "A102 REQUESTER",
            "A103 SHOWN_WITH_ADDRESS",
            "K10-3 SHOWN_WITH_ADDRESS",
            "A104 SHOWN_WITH_ADDRESS",
            "A105 SHOWN_WITH_ADDRESS");
    assertThat(shown.get(0).issuance()).extracting(r -> r.seigenId()).containsExactly(1L, 2L);
    assertThat(shown.get(1).issuance()).extracting(r -> r.seigenId()).containsExactly(3L);
    assertThat(shown.get(2).fuhyo()).extracting(r -> r.seigenId()).containsExactly(2L);
    assertThat(shown.get(2).issuance()).isEmpty();
  }

  @Test
  void aFuhyoOfOnesOwnOrAZenbuShowsOnlyTheRequesterWithTheRestrictionsOfEveryEntry() {
    var self = shown(new PersonRef.RegisterMember(20, 1), CertificateType.KOSEKI_FUHYO, null);
    assertThat(self).singleElement().satisfies(p -> assertThat(p.fuhyo()).hasSize(1));
    var zenbu = shown(new PersonRef.Resident(101), CertificateType.KOSEKI_ZENBU, null);
    assertThat(zenbu)
        .singleElement()
        .satisfies(p -> assertThat(p.fuhyo()).extracting(r -> r.kosekiId()).containsExactly(11L));
  }

  @Test
  void aJuminhyoShowsTheActiveHouseholdAndTheHouseholderItNames() {
    var household = shown(HANAKO, CertificateType.JUMINHYO, scope(Scope.HOUSEHOLD));
    assertThat(household)
        .extracting(p -> p.person().key())
        .containsExactly("A102", "A101", "A103", "A105");
    assertThat(household.get(1).fuhyo()).extracting(r -> r.seigenId()).containsExactly(3L);
    assertThat(shown(HANAKO, CertificateType.JUMINHYO, scope(Scope.SELF)))
        .extracting(p -> p.person().key() + " " + p.role())
        .containsExactly("A102 REQUESTER", "A103 SHOWN_WITH_ADDRESS");
    assertThat(
            shown(
                HANAKO,
                CertificateType.JUMINHYO,
                new CertificateOptions(Scope.SELF, false, false, false, null)))
        .as("without the householder option")
        .hasSize(1);
    assertThat(shown(TARO, CertificateType.INKAN, null)).hasSize(1);
  }

  @Test
  void registerCertificatesNeedARegister() {
    assertThatThrownBy(
            () -> assemble(new PersonRef.Resident(201), CertificateType.KOSEKI_ZENBU, null))
        .isInstanceOfSatisfying(
            MissingRecordException.class, e -> assertThat(e.missing()).isEqualTo(Missing.REGISTER));
    assertThatThrownBy(
            () -> assemble(new PersonRef.RegisterMember(99, 1), CertificateType.KOSEKI_FUHYO, null))
        .isInstanceOfSatisfying(
            MissingRecordException.class,
            e -> assertThat(e.missing()).isEqualTo(Missing.REGISTER_MEMBER));
  }

  @Test
  void recordedVersionsMatchTheCurrentOnesUntilARowChanges() {
    // given contents read from household 3 and register 30, which only this test changes
    var residents = assemble(new PersonRef.Resident(301), CertificateType.JUMINHYO, null);
    var fuhyo = assemble(new PersonRef.Resident(301), CertificateType.KOSEKI_FUHYO, null);
    assertThat(residents.sources().matches(current(residents))).isTrue();
    assertThat(fuhyo.sources().matches(current(fuhyo))).isTrue();

    // when
    db.jdbc().update("UPDATE madoguchi.jumin SET katagaki = '202号室' WHERE atena_no = 301");
    db.jdbc().update("DELETE FROM koseki.fuhyo WHERE koseki_id = 30 AND seq = 2");

    // then
    assertThat(residents.sources().matches(current(residents))).isFalse();
    assertThat(fuhyo.sources().matches(current(fuhyo))).isFalse();
  }

  private java.util.Map<String, Long> current(CertificateContent content) {
    List<String> ids = List.copyOf(content.sources().versions().keySet());
    java.util.Map<String, Long> now = new java.util.HashMap<>(madoguchi.currentVersions(ids));
    now.putAll(koseki.currentVersions(ids));
    return now;
  }
}
